print(f'{}',
1)
