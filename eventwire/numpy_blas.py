"""spaCy's networks multiplied through numpy's BLAS, one thread per process.

thinc multiplies matrices with the BLIS library it bundles. On this project's machines (an AMD
EPYC with AVX-512) BLIS runs the shapes of en_core_web_sm's layers about 2.9 times slower than
the OpenBLAS that numpy ships (``bench/scale.py`` prints both parses), and the matrix products
are a third of the whole parse. Models loaded under :func:`numpy_blas` do their products with
``numpy.matmul``; every other operation stays thinc's. The annotations are the same:
``tests/nlp/test_faster_pipes.py`` compares them with stock spaCy token by token.

BLAS is held to one thread: a process is one core's worth of work, and more cores are used by
more workers (``eventwire batch --workers``), never by threads fighting over the same cores.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import numpy
from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import threadpool_limits


class NumpyBlasOps(NumpyOps):
    """thinc's CPU operations, with matrix products by ``numpy.matmul``."""

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


@lru_cache(maxsize=1)
def one_blas_thread() -> None:
    threadpool_limits(limits=1, user_api="blas")


@contextmanager
def numpy_blas() -> Iterator[None]:
    """Models created inside (``spacy.load``) multiply through numpy, with one BLAS thread.
    Other backends (a GPU's, Apple's) are left as they are."""
    before = get_current_ops()
    if type(before) is not NumpyOps:
        yield
        return
    one_blas_thread()
    set_current_ops(NumpyBlasOps())
    try:
        yield
    finally:
        set_current_ops(before)
