-- The youth file marks every contact that was corrected later ("exists a contact correcting this
-- one"). Without an index that check read the whole contact table once per page (21 ms at 150,000
-- contacts, seconds at national scale); corrections are rare, so a partial index stays tiny.
create index contact_corrects_ix on contact (corrects_id) where corrects_id is not null;
