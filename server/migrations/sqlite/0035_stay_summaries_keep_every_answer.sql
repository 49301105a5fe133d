-- A place-of-stay application's summary keeps every answer from now on (`StaySummary`): the
-- officer's page and the result document read them there. Those sent before kept only what the
-- host's table shows; they are completed from the form they were sent with, which held every rule
-- then: choices and text trimmed as the rules trim them, an optional answer left empty as null,
-- the passport's and the visa's numbers as the rules write them (capitals, no spaces or dashes).
UPDATE applications
SET summary = json_set(
    summary,
    '$.document_type', trim(json_extract(form, '$.document_type')),
    '$.passport_number',
    upper(replace(replace(trim(json_extract(form, '$.passport_number')), ' ', ''), '-', '')),
    '$.issuing_country', trim(json_extract(form, '$.issuing_country')),
    '$.issue_date', trim(json_extract(form, '$.issue_date')),
    '$.expiry_date', nullif(trim(ifnull(json_extract(form, '$.expiry_date'), '')), ''),
    '$.issuing_authority', nullif(trim(ifnull(json_extract(form, '$.issuing_authority'), '')), ''),
    '$.visa', CASE WHEN json_extract(form, '$.has_visa') THEN json_object(
        'number',
        upper(replace(replace(trim(json_extract(form, '$.visa_number')), ' ', ''), '-', '')),
        'visa_type', trim(json_extract(form, '$.visa_type')),
        'from', trim(json_extract(form, '$.visa_from')),
        'until', trim(json_extract(form, '$.visa_until'))
    ) END,
    '$.birth_country', trim(json_extract(form, '$.birth_country')),
    '$.birth_date', trim(json_extract(form, '$.birth_date')),
    '$.gender', trim(json_extract(form, '$.gender')),
    '$.residence_country', nullif(trim(ifnull(json_extract(form, '$.residence_country'), '')), ''),
    '$.arrived_from', trim(json_extract(form, '$.arrived_from')),
    '$.reason', nullif(trim(ifnull(json_extract(form, '$.reason'), '')), ''),
    '$.comment', nullif(trim(ifnull(json_extract(form, '$.comment'), '')), ''),
    '$.companions', json(ifnull((
        SELECT json_group_array(json_object(
            'surname', trim(json_extract(person.value, '$.surname')),
            'name', trim(json_extract(person.value, '$.name')),
            'birth_date', trim(json_extract(person.value, '$.birth_date')),
            'relationship', nullif(trim(ifnull(json_extract(person.value, '$.relationship'), '')), ''),
            'gender', trim(json_extract(person.value, '$.gender'))
        ))
        FROM json_each(applications.form, '$.companions') AS person
    ), '[]'))
)
WHERE service = '33.11'
    AND summary IS NOT NULL
    AND json_type(summary, '$.document_type') IS NULL;
