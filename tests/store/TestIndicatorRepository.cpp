#include "TestStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/IndicatorCatalogue.h"
#include "store/IndicatorRepository.h"
#include "store/StoreError.h"
#include "store/StoreSql.h"

#include <QTest>

class TestIndicatorRepository : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = TestStore::open(QStringLiteral("p.lead"));
        QVERIFY(IndicatorCatalogue::install(*m_db) >= 11);
        m_team = m_db->insert(QStringLiteral("teams"),
                              {{QStringLiteral("name"), QStringLiteral("Referral and Assessment")},
                               {QStringLiteral("kind"), QStringLiteral("team")}});
        m_repo = std::make_unique<IndicatorRepository>(*m_db);
    }

    void typedFigureKeepsWhoAndWhen()
    {
        m_repo->setValue(ind(QStringLiteral("referrals")), m_team, QStringLiteral("2016-10"), 241,
                         QStringLiteral("from the CIN return"));
        const auto v = m_repo->values(m_team)
                           .value(ind(QStringLiteral("referrals")).id)
                           .value(QStringLiteral("2016-10"));
        QCOMPARE(v.value, 241.0);
        QCOMPARE(v.enteredBy, QStringLiteral("p.lead"));
        QCOMPARE(v.note, QStringLiteral("from the CIN return"));
        QVERIFY(!StoreSql::scalar(*m_db, QStringLiteral("SELECT entered_at FROM indicator_values"))
                     .toString()
                     .isEmpty());
        QVERIFY(
            StoreSql::scalar(
                *m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'indicator_values'"))
                .toInt() > 0);
    }

    void derivedFiguresAreWorkedOutNeverTyped()
    {
        m_repo->setValue(ind(QStringLiteral("cases_held")), m_team, QStringLiteral("2016-10"), 340);
        // One part only: nothing to work out yet.
        QVERIFY(!m_repo->values(m_team)
                     .value(ind(QStringLiteral("caseload_average")).id)
                     .contains(QStringLiteral("2016-10")));
        m_repo->setValue(ind(QStringLiteral("case_holding_fte")), m_team, QStringLiteral("2016-10"), 20);
        QCOMPARE(value(QStringLiteral("caseload_average"), QStringLiteral("2016-10")), 17.0);
        // A part changes: the derived figure follows.
        m_repo->setValue(ind(QStringLiteral("case_holding_fte")), m_team, QStringLiteral("2016-10"), 25);
        QCOMPARE(value(QStringLiteral("caseload_average"), QStringLiteral("2016-10")), 13.6);
        // Vacancy rate = vacancies / (vacancies + in-post FTE), as the DfE defines it.
        m_repo->setValue(ind(QStringLiteral("fte_in_post")), m_team, QStringLiteral("2016-10"), 189);
        m_repo->setValue(ind(QStringLiteral("vacancies")), m_team, QStringLiteral("2016-10"), 11);
        QCOMPARE(value(QStringLiteral("vacancy_rate"), QStringLiteral("2016-10")), 5.5);
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->setValue(ind(QStringLiteral("caseload_average")), m_team,
                                                              QStringLiteral("2016-11"), 12));
    }

    void invalidFiguresAreRefusedAndNothingIsSaved()
    {
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->setValue(ind(QStringLiteral("referrals")), m_team,
                                                              QStringLiteral("2016-10"), 2.5));
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->setValue(ind(QStringLiteral("referrals")), m_team,
                                                              QStringLiteral("2016-10"), -1));
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->setValue(ind(QStringLiteral("permanent_staff_pct")),
                                                              m_team, QStringLiteral("2016-10"), 100.1));
        m_repo->setValue(ind(QStringLiteral("permanent_staff_pct")), m_team, QStringLiteral("2016-10"), 100);
        m_repo->setValue(ind(QStringLiteral("established_posts")), m_team, QStringLiteral("2016-10"), 215);
        m_repo->setValue(ind(QStringLiteral("vacancies")), m_team, QStringLiteral("2016-10"), 215);
        try {
            m_repo->setValue(ind(QStringLiteral("vacancies")), m_team, QStringLiteral("2016-10"), 216);
            QFAIL("vacancies above established posts were saved");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains(QStringLiteral("established posts")));
        }
        QCOMPARE(value(QStringLiteral("vacancies"), QStringLiteral("2016-10")), 215.0);
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->setValue(ind(QStringLiteral("established_posts")),
                                                              m_team, QStringLiteral("2016-10"), 200));
        // Another month is judged on its own figures.
        m_repo->setValue(ind(QStringLiteral("vacancies")), m_team, QStringLiteral("2016-11"), 216);
    }

    void aStaleEditIsRefusedNamingWhoChangedIt()
    {
        m_repo->setValue(ind(QStringLiteral("referrals")), m_team, QStringLiteral("2016-10"), 241);
        const int seen = m_repo->values(m_team)
                             .value(ind(QStringLiteral("referrals")).id)
                             .value(QStringLiteral("2016-10"))
                             .version;
        m_repo->setValue(ind(QStringLiteral("referrals")), m_team, QStringLiteral("2016-10"), 250, {}, seen);
        try {
            m_repo->setValue(ind(QStringLiteral("referrals")), m_team, QStringLiteral("2016-10"), 260, {},
                             seen);
            QFAIL("a stale edit was saved");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains(QStringLiteral("p.lead")));
        }
        QCOMPARE(value(QStringLiteral("referrals"), QStringLiteral("2016-10")), 250.0);
    }

    void periodsAndSeriesComeInMonthOrder()
    {
        for (const QString& p :
             {QStringLiteral("2017-01"), QStringLiteral("2016-11"), QStringLiteral("2016-12")})
            m_repo->setValue(ind(QStringLiteral("referrals")), m_team, p, 200);
        QCOMPARE(m_repo->periods(), (QStringList{QStringLiteral("2016-11"), QStringLiteral("2016-12"),
                                                 QStringLiteral("2017-01")}));
        const auto s = m_repo->series(ind(QStringLiteral("referrals")).id, m_team);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.last().period, QStringLiteral("2017-01"));
    }

    void officersEditTheCatalogueAndEveryFieldIsAudited()
    {
        auto db = demo();
        db->signIn(QStringLiteral("p.officer"));
        IndicatorRepository repo(*db);
        IndicatorRepository::Indicator caseload = byKey(repo, QStringLiteral("caseload_average"));
        const int version = caseload.version;
        const qint64 priority3 =
            StoreSql::scalar(*db, QStringLiteral("SELECT id FROM priorities WHERE number = 3")).toLongLong();
        QList<qint64> linked = repo.priorityLinks().value(caseload.id);
        QCOMPARE(linked.size(), 1); // the demo links it to priority 2
        const int auditBefore = auditRows(*db);
        caseload.name = QStringLiteral("Caseload per social worker (FTE)");
        caseload.bands.greenHigh = 16;
        caseload.bands.amberHigh = 19;
        caseload.frequency = QStringLiteral("quarterly");
        repo.saveIndicator(caseload, linked << priority3);

        const auto saved = byKey(repo, QStringLiteral("caseload_average"));
        QCOMPARE(saved.name, QStringLiteral("Caseload per social worker (FTE)"));
        QCOMPARE(saved.frequency, QStringLiteral("quarterly"));
        QCOMPARE(saved.version, version + 1);
        QCOMPARE(saved.formula, QStringLiteral("cases_held / case_holding_fte")); // never changed here
        // 16 was Amber; with the new target it is Green, 19 Amber, 19.5 Red.
        QCOMPARE(IndicatorRules::rate(16, saved.bands), FigureRating::Green);
        QCOMPARE(IndicatorRules::rate(19, saved.bands), FigureRating::Amber);
        QCOMPARE(IndicatorRules::rate(19.5, saved.bands), FigureRating::Red);
        QVERIFY(repo.priorityLinks().value(saved.id).contains(priority3));
        QCOMPARE(
            StoreSql::scalar(*db,
                             QStringLiteral("SELECT old_value || ' > ' || new_value FROM audit_log WHERE "
                                            "table_name = 'indicators' AND row_id = ? AND field = 'name' AND "
                                            "login = 'p.officer'"),
                             {saved.id})
                .toString(),
            QStringLiteral("Average caseload per social worker > Caseload per social worker (FTE)"));
        QCOMPARE(
            StoreSql::scalar(
                *db, QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'indicators' AND "
                                    "field = 'green_high'"))
                .toString(),
            QStringLiteral("16"));
        QCOMPARE(
            StoreSql::scalar(*db,
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                            "'indicator_priorities' AND operation = 'insert' AND field = "
                                            "'priority_id' AND new_value = ?"),
                             {QString::number(priority3)})
                .toInt(),
            1);
        // name, frequency, green_high, amber_high and the two fields of the new link; nothing else.
        QCOMPARE(auditRows(*db), auditBefore + 6);

        // Unlinking is audited too.
        repo.saveIndicator(byKey(repo, QStringLiteral("caseload_average")), {priority3});
        QCOMPARE(repo.priorityLinks().value(saved.id), QList<qint64>{priority3});
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                                      "'indicator_priorities' AND operation = 'delete'"))
                     .toInt(),
                 2);
    }

    void membersAndClerksCannotChangeTheCatalogue()
    {
        auto db = demo();
        for (const QString& login : {QStringLiteral("cllr.member"), QStringLiteral("a.clerk")}) {
            db->signIn(login);
            IndicatorRepository repo(*db);
            IndicatorRepository::Indicator i = byKey(repo, QStringLiteral("referrals"));
            const int auditBefore = auditRows(*db);
            i.name = QStringLiteral("Renamed");
            try {
                repo.saveIndicator(i, {});
                QFAIL("the catalogue was changed by a role that may not");
            } catch (const StoreError& e) {
                QCOMPARE(e.kind(), StoreError::Kind::NotAllowed);
                QVERIFY2(e.message().contains(QStringLiteral("officers and administrators")),
                         qPrintable(e.message()));
            }
            QVERIFY_THROWS_EXCEPTION(StoreError, repo.addIndicator(i));
            QCOMPARE(byKey(repo, QStringLiteral("referrals")).name,
                     QStringLiteral("Referrals to children's social care"));
            QCOMPARE(auditRows(*db), auditBefore);
        }
    }

    void aStaleCatalogueEditIsRefusedAndTheOtherKept()
    {
        auto db = demo();
        db->signIn(QStringLiteral("p.officer"));
        IndicatorRepository repo(*db);
        const auto opened = byKey(repo, QStringLiteral("permanent_staff_pct"));
        db->signIn(QStringLiteral("admin"));
        const QList<qint64> links = repo.priorityLinks().value(opened.id);
        QVERIFY(!links.isEmpty());
        auto theirs = opened;
        theirs.source = QStringLiteral("Workforce return (HR)");
        repo.saveIndicator(theirs, links);
        db->signIn(QStringLiteral("p.officer"));
        auto mine = opened;
        mine.name = QStringLiteral("Permanent staff");
        try {
            repo.saveIndicator(mine, {});
            QFAIL("a stale catalogue edit was saved");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(QStringLiteral("admin")), qPrintable(e.message()));
        }
        const auto now = byKey(repo, QStringLiteral("permanent_staff_pct"));
        QCOMPARE(now.source, QStringLiteral("Workforce return (HR)"));
        QCOMPARE(now.name, opened.name);
        QCOMPARE(repo.priorityLinks().value(now.id), links); // the refused edit's unlinking was not saved
    }

    void badBandsAndFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("green upside down") << "green"
                                           << "Swap them";
        QTest::newRow("amber inside green") << "amber"
                                            << "must include";
        QTest::newRow("percentage over 100") << "percent"
                                             << "0–100";
        QTest::newRow("no name") << "name"
                                 << "needs a name";
        QTest::newRow("unknown unit") << "unit"
                                      << "not a unit";
    }
    void badBandsAndFieldsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, reason);
        auto i = ind(QStringLiteral("permanent_staff_pct")); // green 95–100, amber 85–100
        if (field == QLatin1String("green"))
            i.bands.greenLow = 99, i.bands.greenHigh = 96;
        else if (field == QLatin1String("amber"))
            i.bands.amberLow = 96;
        else if (field == QLatin1String("percent"))
            i.bands.amberHigh = 120;
        else if (field == QLatin1String("name"))
            i.name = QStringLiteral("  ");
        else
            i.unit = QStringLiteral("furlongs");
        try {
            m_repo->saveIndicator(i, {});
            QFAIL("bad catalogue fields were saved");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
        QCOMPARE(ind(QStringLiteral("permanent_staff_pct")).bands.greenLow, std::optional<double>(95));
        QCOMPARE(ind(QStringLiteral("permanent_staff_pct")).version, 1);
    }

    void theShippedBandsAreValid()
    {
        for (const auto& i : m_repo->indicators())
            QVERIFY2(IndicatorRepository::checkBands(i.unit, i.bands).isEmpty(), qPrintable(i.key));
    }

    void aNewIndicatorNeedsAGoodUniqueKey()
    {
        IndicatorRepository::Indicator i;
        i.name = QStringLiteral("Children missing from care");
        i.unit = QStringLiteral("count");
        i.better = QStringLiteral("lower");
        i.key = QStringLiteral("Missing Children");
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->addIndicator(i));
        i.key = QStringLiteral("referrals");
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->addIndicator(i));
        i.key = QStringLiteral("missing_from_care");
        const qint64 id = m_repo->addIndicator(i);
        QCOMPARE(ind(QStringLiteral("missing_from_care")).id, id);
        QVERIFY(StoreSql::scalar(
                    *m_db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'indicators' AND "
                                   "row_id = ? AND field = 'key'"),
                    {id})
                    .toInt() == 1);
    }

    void aCommentIsSavedWithItsFigureAndAudited()
    {
        m_repo->setValue(ind(QStringLiteral("referrals")), m_team, QStringLiteral("2016-10"), 241);
        const int version = m_repo->values(m_team)
                                .value(ind(QStringLiteral("referrals")).id)
                                .value(QStringLiteral("2016-10"))
                                .version;
        m_repo->setNote(ind(QStringLiteral("referrals")), m_team, QStringLiteral("2016-10"),
                        QStringLiteral("School holidays"), version);
        const auto v = m_repo->values(m_team)
                           .value(ind(QStringLiteral("referrals")).id)
                           .value(QStringLiteral("2016-10"));
        QCOMPARE(v.note, QStringLiteral("School holidays"));
        QCOMPARE(v.value, 241.0);
        QCOMPARE(StoreSql::scalar(*m_db, QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = "
                                                        "'indicator_values' AND field = 'note'"))
                     .toString(),
                 QStringLiteral("School holidays"));
        // Based on the copy before the comment: refused.
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 m_repo->setNote(ind(QStringLiteral("referrals")), m_team,
                                                 QStringLiteral("2016-10"), QStringLiteral("x"), version));
        // No figure, no comment.
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->setNote(ind(QStringLiteral("referrals")), m_team,
                                                             QStringLiteral("2016-11"), QStringLiteral("x")));
    }

    void clearingAPartRemovesTheWorkedOutFigure()
    {
        m_repo->setValue(ind(QStringLiteral("cases_held")), m_team, QStringLiteral("2016-10"), 340);
        m_repo->setValue(ind(QStringLiteral("case_holding_fte")), m_team, QStringLiteral("2016-10"), 20);
        QCOMPARE(value(QStringLiteral("caseload_average"), QStringLiteral("2016-10")), 17.0);
        m_repo->clearValue(ind(QStringLiteral("case_holding_fte")), m_team, QStringLiteral("2016-10"));
        QVERIFY(!m_repo->values(m_team)
                     .value(ind(QStringLiteral("case_holding_fte")).id)
                     .contains(QStringLiteral("2016-10")));
        QVERIFY(!m_repo->values(m_team)
                     .value(ind(QStringLiteral("caseload_average")).id)
                     .contains(QStringLiteral("2016-10")));
        QCOMPARE(value(QStringLiteral("cases_held"), QStringLiteral("2016-10")), 340.0);
    }

private:
    static std::unique_ptr<Database> demo()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        DemoData::create(*db);
        return db;
    }
    static IndicatorRepository::Indicator byKey(const IndicatorRepository& repo, const QString& key)
    {
        for (const auto& i : repo.indicators())
            if (i.key == key)
                return i;
        qFatal("no indicator %s", qPrintable(key));
    }
    static int auditRows(const Database& db)
    {
        return StoreSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    }
    IndicatorRepository::Indicator ind(const QString& key) const
    {
        for (const auto& i : m_repo->indicators())
            if (i.key == key)
                return i;
        qFatal("no indicator %s", qPrintable(key));
    }
    double value(const QString& key, const QString& period) const
    {
        return m_repo->values(m_team).value(ind(key).id).value(period).value;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<IndicatorRepository> m_repo;
    qint64 m_team = 0;
};

QTEST_GUILESS_MAIN(TestIndicatorRepository)
#include "TestIndicatorRepository.moc"
