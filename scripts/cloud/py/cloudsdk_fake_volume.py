"""Cinder's fake volume driver, as the local cloud runs it.

Cinder's own FakeLoggingVolumeDriver (used by its functional tests) cannot extend a volume: its
fake LVM has no such operation and the volume ends in error_extending. Extending a fake volume
has nothing to do, so it succeeds here.
"""
from cinder.tests import fake_driver


class FakeVolumeDriver(fake_driver.FakeLoggingVolumeDriver):
    def extend_volume(self, volume, new_size):
        pass
