"""The pipeline's process fixes the C allocator's mmap threshold (glibc), so a brief's
peak memory does not depend on the order earlier blocks were freed in
(service/briefsmith/engines/linguistic.py; benches/linguistic_layer.py prints the
peaks). Elsewhere the call reports False and changes nothing."""

from __future__ import annotations

import platform

import pytest
from briefsmith.engines.linguistic import fix_the_allocator_threshold


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_the_threshold_is_fixed_on_glibc() -> None:
    assert fix_the_allocator_threshold() is True
