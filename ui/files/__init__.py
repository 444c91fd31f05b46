"""Files in and out: the import wizard, the export dialog and the stakeholder workbook."""
