#include "store/Database.h"
#include "store/IndicatorCatalogue.h"
#include "store/IndicatorRepository.h"
#include "store/StoreError.h"

#include <QTest>

class TestIndicatorRepository : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = Database::open(QStringLiteral(":memory:"), QStringLiteral("p.lead"));
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
        QVERIFY(
            !m_db->scalar(QStringLiteral("SELECT entered_at FROM indicator_values")).toString().isEmpty());
        QVERIFY(m_db->scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM audit_log WHERE table_name = 'indicator_values'"))
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

private:
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
