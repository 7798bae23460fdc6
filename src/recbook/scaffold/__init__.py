"""Write the files of a new conference project: conference.yaml, the intake workbook, README."""
