-- How the result reached the applicant when the desk closed the dossier: handed over at the desk (to whom), sent by
-- public post (the tracking number) or delivered online (in the applicant's account).
ALTER TABLE dossier ADD COLUMN return_method VARCHAR(20) NULL;
ALTER TABLE dossier ADD COLUMN return_note VARCHAR(500) NULL;
