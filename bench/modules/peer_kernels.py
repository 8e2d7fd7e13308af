#!/usr/bin/env python3
"""Which kernels the modules group's peers run on: NumPy's OpenBLAS (version and core) and PyTorch's CPU capability.

Usage: peer_kernels.py  (with the bench/.venv python). Prints "numpy blas: …" (version, core, threads) and "torch cpu: …"
lines; a peer that is missing or cannot say is reported as such. Reads the core with openblas_get_corename from the OpenBLAS NumPy has
loaded (any symbol suffix: scipy_openblas_get_corename64_, openblas_get_corename, …).
"""
import ctypes
import re


def numpy_blas():
    try:
        import numpy
    except ImportError:
        return "not installed"
    numpy.ones((2, 2)) @ numpy.ones((2, 2))  # make sure the BLAS is loaded
    with open("/proc/self/maps") as maps:
        paths = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line})
    for path in paths:
        library = ctypes.CDLL(path)
        found = {}
        for what in ("config", "corename"):
            for prefix in ("scipy_openblas_", "openblas_"):
                for suffix in ("64_", ""):
                    try:
                        function = getattr(library, f"{prefix}get_{what}{suffix}")
                    except AttributeError:
                        continue
                    function.restype = ctypes.c_char_p
                    found[what] = function().decode()
                    break
                if what in found:
                    break
        threads = "?"
        for name in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_", "openblas_get_num_threads"):
            if hasattr(library, name):
                threads = getattr(library, name)()
                break
        if "corename" in found:
            config = found.get("config", "?")
            version = re.match(r"OpenBLAS (\S+)", config)
            return (f"OpenBLAS {version[1] if version else '?'}, core {found['corename']}, {threads} threads "
                    f"({path.rsplit('/', 1)[-1]})")
    return "no OpenBLAS loaded (another BLAS?)"


def torch_cpu():
    try:
        import torch
    except ImportError:
        return "not installed"
    try:
        capability = torch.backends.cpu.get_cpu_capability()
    except AttributeError:
        capability = "?"
    return f"torch {torch.__version__}, CPU capability {capability}"


print(f"numpy blas: {numpy_blas()}")
print(f"torch cpu: {torch_cpu()}")
