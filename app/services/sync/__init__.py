"""Team sync over CouchDB: sync and clone, what a pull means, the push, progress and Cancel."""
