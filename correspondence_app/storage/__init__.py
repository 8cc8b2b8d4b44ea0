# Every table belongs to Base.metadata once the storage package is imported.
from correspondence_app.storage import organise_tables as organise_tables
