#include "corpus_agreement_view.h"

#include "agreement_table_model.h"
#include "confusion_matrix_model.h"
#include "left_out_documents.h"

#include "agreement/agreement_report_output.h"
#include "corpus/corpus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryFile>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace galley {

CorpusAgreementView::CorpusAgreementView(Corpus &corpus, QWidget *parent)
    : QWidget(parent)
    , m_folder(corpus.folder())
    , m_table(new AgreementTableModel(this))
    , m_confusion(new ConfusionMatrixModel(this))
    , m_scope(new QComboBox(this))
    , m_includeUnfinished(new QCheckBox(tr("Include layers not marked done"), this))
    , m_decidedOnly(new QCheckBox(tr("Only decided spans"), this))
    , m_computeButton(new QPushButton(tr("Recompute"), this))
    , m_reportButton(new QPushButton(tr("Show Report…"), this))
    , m_browserButton(new QPushButton(tr("Open in Browser"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
{
    // Three short rows, not one long one: the corpus dock is as wide as its widest tab needs.
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Reviewers:"), this));
    controls->addWidget(m_scope, 1);
    controls->addWidget(m_progress);
    controls->addWidget(m_computeButton);
    auto *options = new QHBoxLayout;
    options->addWidget(m_includeUnfinished);
    options->addWidget(m_decidedOnly);
    options->addStretch(1);
    auto *reports = new QHBoxLayout;
    reports->addStretch(1);
    reports->addWidget(m_reportButton);
    reports->addWidget(m_browserButton);
    auto *figures = new QTableView(this);
    figures->setModel(m_table);
    figures->verticalHeader()->hide();
    figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *matrix = new QTableView(this);
    matrix->setModel(m_confusion);
    matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *matrixBox = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addWidget(new QLabel(tr("Token confusion (rows: first reviewer of each pair, columns: second)"), matrixBox));
    matrixLayout->addWidget(matrix);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(figures);
    splitter->addWidget(matrixBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(options);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(reports);
    m_summary->setWordWrap(true);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_reportButton->setEnabled(false);
    m_browserButton->setEnabled(false);
    connect(m_computeButton, &QPushButton::clicked, this, &CorpusAgreementView::compute);
    connect(m_includeUnfinished, &QCheckBox::toggled, this, &CorpusAgreementView::compute);
    m_decidedOnly->setToolTip(tr("Leave out the spans reviewers left pending: untouched pre-annotation, which every "
                                 "reviewer's copy shares, would count as agreement."));
    connect(m_decidedOnly, &QCheckBox::toggled, this, &CorpusAgreementView::compute);
    connect(m_reportButton, &QPushButton::clicked, this, &CorpusAgreementView::showHtmlReport);
    connect(m_browserButton, &QPushButton::clicked, this, &CorpusAgreementView::openHtmlReportInBrowser);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CorpusAgreementView::showScope);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CorpusAgreementView::finish);
    compute();
}

CorpusAgreementView::~CorpusAgreementView()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void CorpusAgreementView::compute()
{
    if (m_computing) {
        // The running one stops at its next step; finish() then starts over with the new settings.
        m_restartWanted = true;
        m_watcher.cancel();
        return;
    }
    start();
}

void CorpusAgreementView::start()
{
    m_computing = true;
    m_restartWanted = false;
    m_computeButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Computing agreement…"));
    const QString folder = m_folder;
    const AgreementScope scope{!m_includeUnfinished->isChecked(), m_decidedOnly->isChecked()};
    m_watcher.setFuture(QtConcurrent::run([folder, scope](QPromise<Outcome> &promise) {
        const auto agreement = computeCorpusAgreement(folder, scope, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        promise.addResult(agreement ? Outcome{*agreement, {}} : Outcome{std::nullopt, agreement.error()});
    }));
}

void CorpusAgreementView::finish()
{
    if (m_restartWanted || m_watcher.isCanceled() || m_watcher.future().resultCount() == 0
        || (!m_watcher.result().agreement && m_watcher.result().problem == QLatin1String("cancelled"))) {
        start();
        return;
    }
    m_computing = false;
    m_progress->hide();
    m_computeButton->setEnabled(true);
    const Outcome outcome = m_watcher.result();
    if (!outcome.agreement) {
        m_summary->setText(tr("Cannot compute the agreement: %1").arg(outcome.problem));
        return;
    }
    m_agreement = outcome.agreement;
    const QString kept = m_scope->currentText();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("All reviewers"));
        for (const PairAgreement &pair : m_agreement->pairs)
            m_scope->addItem(QStringLiteral("%1 / %2").arg(pair.first, pair.second));
        m_scope->setCurrentIndex(std::max(0, m_scope->findText(kept)));
    }
    showScope();
    emit computed();
}

const AgreementReport *CorpusAgreementView::shownReport() const
{
    if (!m_agreement)
        return nullptr;
    const int scope = m_scope->currentIndex();
    if (scope >= 1 && scope <= m_agreement->pairs.size())
        return &m_agreement->pairs[scope - 1].report;
    return &m_agreement->all;
}

void CorpusAgreementView::showScope()
{
    const AgreementReport *report = shownReport();
    if (!report)
        return;
    m_table->setReport(*report);
    m_confusion->setConfusion(report->confusion);
    QString summary = tr("%n document(s) with two or more reviewers", nullptr, report->documents)
                    + tr(", %n token(s); reviewers: %1", nullptr, report->tokens).arg(report->reviewers.join(QStringLiteral(", ")));
    if (report->documents == 0)
        summary = tr("No document has two reviewer layers%1 yet.")
                      .arg(m_includeUnfinished->isChecked() ? QString() : tr(" marked done"));
    summary += leftOutDocumentsNote(m_agreement->leftOut);
    m_summary->setText(summary);
    m_summary->setToolTip(m_agreement->leftOut.join(u'\n'));
    m_reportButton->setEnabled(report->documents > 0);
    m_browserButton->setEnabled(report->documents > 0);
}

QString CorpusAgreementView::summaryText() const
{
    return m_summary->text();
}

QString CorpusAgreementView::writeHtmlReport()
{
    const AgreementReport *report = shownReport();
    if (!report)
        return {};
    const QString scope = m_scope->currentIndex() > 0 ? m_scope->currentText() + QStringLiteral(" — ") : QString();
    const QByteArray html = agreementReportHtml(*report, tr("Agreement: %1%2").arg(scope, m_folder)).toUtf8();
    auto file = std::make_unique<QTemporaryFile>(QDir(m_folder).filePath(QStringLiteral("agreement-report-XXXXXX.html")));
    if (!file->open() || file->write(html) != html.size() || !file->flush()) {
        m_summary->setText(tr("Cannot write the report in %1: %2").arg(m_folder, file->errorString()));
        return {};
    }
    m_htmlFiles.push_back(std::move(file));
    return m_htmlFiles.back()->fileName();
}

void CorpusAgreementView::showHtmlReport()
{
    const QString path = writeHtmlReport();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Agreement Report"));
    auto *browser = new QTextBrowser(dialog);
    // The report is self-contained: nothing to load, no link to follow inside the dialog.
    browser->setOpenLinks(false);
    // QTextBrowser draws no inline SVG: each chart becomes its caption and a pointer to the browser.
    QString html = QString::fromUtf8(file.readAll());
    static const QRegularExpression chart(QStringLiteral("<figure>.*?<figcaption>(.*?)</figcaption></figure>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    html.replace(chart, QStringLiteral("<p><i>\\1</i>: ") + tr("chart shown with Open in Browser").toHtmlEscaped()
                            + QStringLiteral("</p>"));
    browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *external = buttons->addButton(tr("Open in Browser"), QDialogButtonBox::ActionRole);
    connect(external, &QPushButton::clicked, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(900, 700);
    dialog->show();
}

void CorpusAgreementView::openHtmlReportInBrowser()
{
    const QString path = writeHtmlReport();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace galley
