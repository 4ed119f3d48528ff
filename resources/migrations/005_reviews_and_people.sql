-- Version 5: a rating re-confirmed is a review, not a change.
-- kind 'change' moves a milestone from one rating to another; kind 'review' confirms the rating it
-- has, with the evidence looked at (required for a review). The "not reviewed for N days" flag
-- counts from the latest of either; the rating's own history shows reviews apart from changes.
ALTER TABLE rating_changes ADD COLUMN kind TEXT NOT NULL DEFAULT 'change' CHECK (kind IN ('change', 'review'));
ALTER TABLE rating_changes ADD COLUMN evidence TEXT;
-- What earlier versions recorded as a "change" from a rating to the same rating was a review.
UPDATE rating_changes SET kind = 'review' WHERE from_status_id IS NOT NULL AND from_status_id = to_status_id;
