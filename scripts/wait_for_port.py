"""Wait until something accepts TCP connections on HOST:PORT.

python scripts/wait_for_port.py 127.0.0.1:8100 --timeout 60
"""

import argparse
import socket
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("address", help="HOST:PORT")
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    host, port = args.address.rsplit(":", 1)
    deadline = time.monotonic() + args.timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, int(port)), timeout=1).close()
        except OSError:
            time.sleep(0.2)
        else:
            return
    sys.exit(f"Nothing listens on {args.address} after {args.timeout:.0f} s")


if __name__ == "__main__":
    main()
