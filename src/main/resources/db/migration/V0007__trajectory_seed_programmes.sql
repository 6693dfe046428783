-- Reference data: the regional programmes (aanpakken). Administrators can add more later.
insert into programme (id, code, name) values
    ('0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a01', 'RODE_LOPER', 'Rode loper coaching'),
    ('0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a02', 'TRANSITIECONSULENT', 'Transitieconsulent 18-/18+'),
    ('0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a03', 'OPEN_DEUREN', 'Open deuren (mkb)'),
    ('0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a04', 'MBO_WERKPLAATS', 'Mbo als werkplaats');
