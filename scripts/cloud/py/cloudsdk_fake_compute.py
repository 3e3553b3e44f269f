"""Nova's fake virt driver with snapshots that finish.

The stock FakeDriver marks a snapshot as uploading and never sends any data, so an image made
from a server (the compute API's createImage) stays queued or saving in Glance forever. This
driver sends a few bytes as the image's data, as a real driver sends the disk, so the image
becomes active and the whole createImage path (Nova, Glance, the waiters) can be proven.
"""
import io

from nova.image import glance
from nova.virt import fake


class FakeDriver(fake.FakeDriver):
    """FakeDriver whose snapshot() uploads placeholder data to the image service."""

    def snapshot(self, context, instance, image_id, update_task_state):
        super().snapshot(context, instance, image_id, update_task_state)
        meta = {'disk_format': 'raw', 'container_format': 'bare'}
        data = io.BytesIO(b'cloud-sdk fake snapshot of ' + instance.uuid.encode())
        glance.API().update(context, image_id, meta, data, purge_props=False)
