"""Sending as the proxy's HTTP client does, under one deadline for the whole exchange (local peers only)."""

from __future__ import annotations

import socket
import threading
from typing import Callable, List

import pytest

from edgee_host.proxy.delivery import check_base_url, request_bytes, send_once


class Peer:
    """A one-connection server on 127.0.0.1: records what it received, then runs `behaviour` (bounded)."""

    def __init__(self, behaviour: Callable[[socket.socket], None]) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.received: List[bytes] = []
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/v26.0/1/events?a=1"
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, args=(behaviour,), daemon=True)
        self.thread.start()

    def _serve(self, behaviour: Callable[[socket.socket], None]) -> None:
        self.server.settimeout(10)
        try:
            connection, _ = self.server.accept()
            with connection:
                connection.settimeout(10)
                data = b""
                while b"\r\n\r\n" not in data:
                    data += connection.recv(65536)
                head, _, rest = data.partition(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                while len(rest) < length:
                    rest += connection.recv(65536)
                self.received.append(head + b"\r\n\r\n" + rest)
                behaviour(connection)
        except OSError:
            pass
        finally:
            self.server.close()
            self.done.set()


BODY = b'{"events_received":1,"fbtrace_id":"AbC12"}'
OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n" + BODY


def drip_bytes(data: bytes, pause: float = 0.1) -> Callable[[socket.socket], None]:
    def behaviour(connection: socket.socket) -> None:
        for byte in data[:40]:  # bounded: at most 40 bytes, 4 s
            threading.Event().wait(pause)
            connection.sendall(bytes([byte]))
    return behaviour


def test_delivery_sends_what_reqwest_sends_accept_included():
    peer = Peer(lambda connection: connection.sendall(OK))
    answer = send_once("POST", peer.url, {"content-type": "application/json"}, '{"a":"é"}')
    assert answer.ok and answer.events_received == 1
    assert peer.received == [
        b"POST /v26.0/1/events?a=1 HTTP/1.1\r\n"
        + f"host: 127.0.0.1:{peer.url.split(':')[2].split('/')[0]}\r\n".encode()
        + b"content-type: application/json\r\naccept: */*\r\ncontent-length: 10\r\n\r\n"
        + '{"a":"é"}'.encode()]


def test_delivery_keeps_an_accept_the_component_gives_and_sends_no_body_on_get():
    peer = Peer(lambda connection: connection.sendall(OK))
    send_once("GET", peer.url, {"Accept": "application/json"}, "ignored")
    assert peer.received[0].endswith(b"accept: application/json\r\n\r\n")
    assert b"content-length" not in peer.received[0]


@pytest.mark.parametrize("answer", [
    b"HTTP/1.1 100 Continue\r\n\r\n" + OK,
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n15\r\n" + BODY[:21] + b"\r\n15\r\n" + BODY[21:]
    + b"\r\n0\r\n\r\n",
    b'HTTP/1.0 200 OK\r\n\r\n{"events_received":1,"fbtrace_id":"AbC12"}',
])
def test_delivery_reads_interim_chunked_and_close_delimited_answers(answer):
    peer = Peer(lambda connection: connection.sendall(answer))
    result = send_once("POST", peer.url, {}, "{}")
    assert result.ok and (result.events_received, result.fbtrace_id) == (1, "AbC12")


@pytest.mark.parametrize("drip", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}",  # the status line itself, byte by byte
    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n",  # endless interim answers
    OK,  # headers and body
])
def test_delivery_one_deadline_covers_the_whole_exchange(drip):
    peer = Peer(drip_bytes(drip))
    answer = send_once("POST", peer.url, {}, "{}", timeout=0.5)
    assert not answer.ok and answer.message == "TimeoutError: no complete answer within 0.5 s"


def test_delivery_a_silent_peer_is_bounded_by_the_deadline():
    peer = Peer(lambda connection: None if threading.Event().wait(3) else None)
    answer = send_once("POST", peer.url, {}, "{}", timeout=0.3)
    assert answer.message == "TimeoutError: no complete answer within 0.3 s"


@pytest.mark.parametrize(("answer", "message"), [
    (b"NOT HTTP\r\n\r\n", "BadStatusLine"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n", "answer larger than 1048576 bytes"),
    (b"HTTP/1.1 200 OK\r\nX: " + b"a" * 70000 + b"\r\n\r\n", "answer headers too large"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}", "connection closed inside the answer's body"),
    (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "malformed chunk size"),
])
def test_delivery_a_hostile_answer_is_a_failed_delivery(answer, message):
    peer = Peer(lambda connection: connection.sendall(answer))
    result = send_once("POST", peer.url, {}, "{}")
    assert not result.ok and message in result.message


def test_delivery_a_closed_port_is_a_failed_delivery():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    port = server.getsockname()[1]
    server.close()
    answer = send_once("POST", f"http://127.0.0.1:{port}/x", {}, "{}", timeout=2)
    assert not answer.ok and answer.message.startswith(("ConnectionRefusedError", "OSError"))


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999", "http://127.0.0.1:abc", "http://[::1", "ftp://x",
                                 "http://", "http://[zz]/", "http://[::1/x"])
def test_delivery_a_bad_graph_url_is_named_without_a_traceback(url):
    problem = check_base_url(url)
    assert problem is not None and "--graph-url must be" in problem


def test_delivery_frames_ipv6_hosts_and_default_ports():
    assert request_bytes("GET", "https://[::1]/x", {}, "").startswith(b"GET /x HTTP/1.1\r\nhost: [::1]\r\n")
    assert b"host: [::1]:8443\r\n" in request_bytes("GET", "https://[::1]:8443/x", {}, "")
