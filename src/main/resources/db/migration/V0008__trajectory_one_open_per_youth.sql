-- At most one open trajectory per youth, also under a double submit or two coaches at once.
create unique index trajectory_one_open_per_youth on trajectory (youth_id) where phase <> 'CLOSED';
