# await outside async
await x
