"""Package data for the gazetteer (places.csv, geonames_iq.csv) and the script that builds it."""
