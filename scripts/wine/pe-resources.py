#!/usr/bin/env python3
"""Lists what a Windows program carries as resources, as Explorer reads them:
the icon sizes of its first icon group and its version strings.

    pe-resources.py PROGRAM.exe   ->   icon 256x256, icon 64x64, ...  and  Name: value lines
"""
import struct
import sys

RT_ICON, RT_GROUP_ICON, RT_VERSION = 3, 14, 16


def sections(data):
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise ValueError("not a PE file")
    count = struct.unpack_from("<H", data, pe + 6)[0]
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    table = pe + 24 + optional_size
    for i in range(count):
        name, _vsize, rva, raw_size, raw_at = struct.unpack_from("<8sIIII", data, table + 40 * i)
        yield name.rstrip(b"\0").decode(), rva, raw_size, raw_at


def resources(data):
    """{type: {id: bytes}} from the .rsrc section (first language of each)."""
    rsrc = next((s for s in sections(data) if s[0] == ".rsrc"), None)
    if rsrc is None:
        return {}
    _, rva, _, base = rsrc

    def entries(at):
        named, ids = struct.unpack_from("<HH", data, base + at + 12)
        for i in range(named + ids):
            key, child = struct.unpack_from("<II", data, base + at + 16 + 8 * i)
            yield key, child

    found = {}
    for kind, type_dir in entries(0):
        for ident, lang_dir in entries(type_dir & 0x7FFFFFFF):
            _, leaf = next(entries(lang_dir & 0x7FFFFFFF))
            data_rva, size = struct.unpack_from("<II", data, base + leaf)
            at = base + data_rva - rva
            found.setdefault(kind, {})[ident] = data[at:at + size]
    return found


def version_strings(blob):
    """Name: value pairs of the StringFileInfo in a VS_VERSIONINFO block."""
    text = blob.decode("utf-16-le", errors="replace")
    names = ["CompanyName", "FileDescription", "FileVersion", "InternalName",
             "LegalCopyright", "OriginalFilename", "ProductName", "ProductVersion"]
    for name in names:
        at = text.find(name + "\0")
        if at < 0:
            continue
        rest = text[at + len(name) + 1:].lstrip("\0")
        yield name, rest[:rest.index("\0")]


def main(path):
    data = open(path, "rb").read()
    res = resources(data)
    groups = res.get(RT_GROUP_ICON, {})
    if groups:
        group = groups[min(groups)]
        count = struct.unpack_from("<H", group, 4)[0]
        for i in range(count):
            width, height = group[6 + 14 * i], group[7 + 14 * i]
            print(f"icon {width or 256}x{height or 256}")
    for blob in res.get(RT_VERSION, {}).values():
        for name, value in version_strings(blob):
            print(f"{name}: {value}")


if __name__ == "__main__":
    main(sys.argv[1])
