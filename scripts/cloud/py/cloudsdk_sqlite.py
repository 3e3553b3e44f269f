"""SQLite's "database is locked" as the deadlock it is, for the local cloud's Nova, Neutron and Designate.

Nova keeps its databases in SQLite files here (WAL mode, a 60 s busy timeout) shared by its API,
conductor and scheduler processes. A transaction that read first and then writes cannot wait for
another writer: SQLite answers "database is locked" at once, and Nova, which sees an unknown
error, fails the request with a 500 or puts the server into ERROR. On MySQL the same situation is
a deadlock, which oslo.db reports as DBDeadlock and Nova's database API retries
(wrap_db_retry(retry_on_deadlock=True), on instance updates among others). Importing this module
makes oslo.db report SQLite's lock the same way, so those retries apply here too.
"""
from oslo_db import exception
from oslo_db.sqlalchemy import exc_filters
from sqlalchemy import exc as sqla_exc


@exc_filters.filters("sqlite", sqla_exc.OperationalError, r".*database is locked")
def _locked_is_a_deadlock(operational_error, match, engine_name, is_disconnect):
    raise exception.DBDeadlock(operational_error)
