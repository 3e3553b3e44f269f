#!/usr/bin/python3
"""Creates the database schema of Neutron or Octavia on sqlite from their SQLAlchemy models.

Both projects' alembic migrations alter constraints, which sqlite cannot do; the models describe
the final schema, and the caller stamps the migration heads afterwards. Octavia also needs its
lookup tables filled (it turns sqlite's foreign keys on), as its own functional tests do.

usage: create_schema.py neutron|octavia DATABASE_URL
"""
import sys

import sqlalchemy as sa
from sqlalchemy import orm


def neutron(engine):
    from neutron.db.migration.models import head  # importing it imports every model
    head.get_metadata().create_all(engine)


def octavia(engine):
    from octavia.common import constants as c
    from octavia.db import base_models, models as m
    base_models.BASE.metadata.create_all(engine)
    lookups = {
        m.ProvisioningStatus: c.SUPPORTED_PROVISIONING_STATUSES,
        m.OperatingStatus: c.SUPPORTED_OPERATING_STATUSES,
        m.HealthMonitorType: c.SUPPORTED_HEALTH_MONITOR_TYPES,
        m.Algorithm: c.SUPPORTED_LB_ALGORITHMS,
        m.Protocol: c.SUPPORTED_PROTOCOLS,
        m.SessionPersistenceType: c.SUPPORTED_SP_TYPES,
        m.AmphoraRoles: c.SUPPORTED_AMPHORA_ROLES,
        m.LBTopology: c.SUPPORTED_LB_TOPOLOGIES,
        m.VRRPAuthMethod: c.SUPPORTED_VRRP_AUTH,
        m.L7RuleType: c.SUPPORTED_L7RULE_TYPES,
        m.L7RuleCompareType: c.SUPPORTED_L7RULE_COMPARE_TYPES,
        m.L7PolicyAction: c.SUPPORTED_L7POLICY_ACTIONS,
        m.ClientAuthenticationMode: c.SUPPORTED_CLIENT_AUTH_MODES,
    }
    with orm.Session(engine) as session, session.begin():
        for model, names in lookups.items():
            session.add_all(model(name=name) for name in names)
    # the placeholders Octavia's migrations create for load balancers whose flavor or
    # availability zone was deleted; each row refers to the one before it
    placeholder = 'DELETED-PLACEHOLDER'
    with orm.Session(engine) as session, session.begin():
        for row in (
                m.FlavorProfile(id=c.NIL_UUID, name=placeholder, provider_name=c.DELETED, flavor_data='{}'),
                m.Flavor(id=c.NIL_UUID, flavor_profile_id=c.NIL_UUID, name=placeholder, enabled=False,
                         description='Placeholder for DELETED LBs with DELETED flavors'),
                m.AvailabilityZoneProfile(id=c.NIL_UUID, name=placeholder, provider_name=c.DELETED,
                                          availability_zone_data='{}'),
                m.AvailabilityZone(availability_zone_profile_id=c.NIL_UUID, name=c.NIL_UUID, enabled=False,
                                   description='Placeholder for DELETED LBs with DELETED availability zones')):
            session.add(row)
            session.flush()


if __name__ == '__main__':
    project, url = sys.argv[1:3]
    {'neutron': neutron, 'octavia': octavia}[project](sa.create_engine(url))
