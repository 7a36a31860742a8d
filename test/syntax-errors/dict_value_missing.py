config = {"retries": 3, "timeout":}
