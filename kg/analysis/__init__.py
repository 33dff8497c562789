"""Analyses over built Documents that span several documents (issue 15: central → local alignment).

Pure functions over ``kg.model.Document``: no files, no graph. ``level`` gives a document's level of
government and place, ``citations`` its cited titles (resolved against a set of documents) and the
parent(s) its preamble names, ``align`` the parent of a local document and the central measure(s)
each local provision implements.
"""
