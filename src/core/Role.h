#pragma once

#include <QString>

// What a login may do. The store refuses what a role may not do; the GUI offers only what it may.
enum class Role
{
    Member,
    Clerk,
    Officer,
    Administrator
};

namespace Roles {

QString code(Role role); // "member", "clerk", "officer", "administrator"
Role fromCode(const QString& code, bool* ok = nullptr);
QString displayName(Role role); // translated, for people

// May `role` insert, update or delete rows of `table`? (Notes are further limited to their author.)
bool mayWrite(Role role, const QString& table);

// Convenience questions the GUI asks to decide what to offer.
bool mayRecordMinutes(Role role); // meetings, items, resolutions, actions
bool mayChangeRatings(Role role); // milestones and their rating history
bool mayEnterFigures(Role role);  // indicator values
bool mayManageUsers(Role role);

} // namespace Roles
