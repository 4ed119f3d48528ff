-- Indexes for the queries of start-up and of each page's first show (tests/store/TestQueryPlans
-- checks that none of them reads a whole table that grows with the years).

-- The plan counts each milestone's open actions (PlanRepository::planFor): 80 ms a call on ten
-- years of actions without this, 550 ms on thirty.
CREATE INDEX actions_milestone ON actions (milestone_id, status);
-- The actions and resolutions of an agenda item (the Meetings page, the minutes).
CREATE INDEX actions_item ON actions (item_id);
CREATE INDEX resolutions_item ON resolutions (item_id, number);
-- The documents kept with a meeting (the Meetings page's Documents tab).
CREATE INDEX documents_meeting ON documents (meeting_id);
-- A team's figures (the Figures page) and the months that have figures.
CREATE INDEX indicator_values_team ON indicator_values (team_id, period);
CREATE INDEX indicator_values_period ON indicator_values (period);
-- A committee's outstanding, overdue and completed actions (the dashboard), read from its meetings.
CREATE INDEX actions_meeting_status ON actions (meeting_id, status, due_date, completed_on);
