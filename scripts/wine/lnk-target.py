#!/usr/bin/env python3
"""Prints the target of a Windows shortcut (.lnk): the path a Start-menu entry starts.

Reads the LinkInfo structure of the Shell Link format ([MS-SHLLINK] 2.3): the local
base path (Unicode when present, else ANSI) followed by the common path suffix.
"""
import struct
import sys

HAS_LINK_TARGET_ID_LIST = 0x1
HAS_LINK_INFO = 0x2
IS_UNICODE = 0x80
VOLUME_ID_AND_LOCAL_BASE_PATH = 0x1


def c_string(data, at):
    return data[at:data.index(b"\0", at)].decode("mbcs" if sys.platform == "win32" else "latin-1")


def utf16_string(data, at):
    end = at
    while data[end:end + 2] != b"\0\0":
        end += 2
    return data[at:end].decode("utf-16-le")


def target(data):
    if struct.unpack_from("<I", data, 0)[0] != 0x4C:
        raise ValueError("not a shell link (bad header size)")
    flags = struct.unpack_from("<I", data, 20)[0]
    at = 0x4C
    if flags & HAS_LINK_TARGET_ID_LIST:
        at += 2 + struct.unpack_from("<H", data, at)[0]
    if not flags & HAS_LINK_INFO:
        raise ValueError("the shortcut has no LinkInfo with a local path")
    (size, header_size, info_flags, _volume, base_offset, _network,
     suffix_offset) = struct.unpack_from("<7I", data, at)
    if not info_flags & VOLUME_ID_AND_LOCAL_BASE_PATH:
        raise ValueError("the shortcut points to a network path")
    if header_size >= 0x24:
        base_unicode, suffix_unicode = struct.unpack_from("<2I", data, at + 28)
        return utf16_string(data, at + base_unicode) + utf16_string(data, at + suffix_unicode)
    return c_string(data, at + base_offset) + c_string(data, at + suffix_offset)


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        print(target(f.read()))
