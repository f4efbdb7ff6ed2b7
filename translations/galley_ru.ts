<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnnotationExport</name>
    <message>
        <source>Export Annotations</source>
        <translation>Экспорт разметки</translation>
    </message>
    <message>
        <source>Format (offsets as each format&apos;s own tools count them):</source>
        <translation>Формат (позиции считаются так, как их считают инструменты формата):</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Wrote %1 in %2.</source>
        <translation>Записано: %1 в %2.</translation>
    </message>
    <message>
        <source>The format could not carry:</source>
        <translation>Формат не смог передать:</translation>
    </message>
    <message>
        <source>Annotations Exported</source>
        <translation>Разметка экспортирована</translation>
    </message>
    <message>
        <source>%1 is the page or the annotations Galley keeps for it: choose another folder.</source>
        <translation>%1 — это сама страница или разметка, которую Galley для неё хранит: выберите другую папку.</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation>В %1 уже есть %2. Заменить?</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Экспорт прерван: %1</translation>
    </message>
</context>
<context>
    <name>HighlightRequest</name>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Dashed: not yet reviewed, found with under %1 % confidence</source>
        <translation>Пунктир: ещё не проверено, найдено с уверенностью ниже %1 %</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Restore Unsaved Edits?</source>
        <translation>Восстановить несохранённые правки?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unsaved edit(s) from a session that ended without saving.</source>
        <translation>
            <numerusform>В %1 есть %n несохранённая правка из сеанса, завершившегося без сохранения.</numerusform>
            <numerusform>В %1 есть %n несохранённые правки из сеанса, завершившегося без сохранения.</numerusform>
            <numerusform>В %1 есть %n несохранённых правок из сеанса, завершившегося без сохранения.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last one was made %1. Restore them, discard them, or keep them for later (the page opens as last saved and cannot be edited until you decide).</source>
        <translation>Время последней правки: %1. Правки можно восстановить, отбросить или отложить решение (до тех пор страница открывается в последнем сохранённом виде и недоступна для правки).</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Together they change nothing: they were undone. </source>
        <translation>Вместе они ничего не меняют: они были отменены. </translation>
    </message>
    <message numerus="yes">
        <source>Together they change %n annotation(s). </source>
        <translation>
            <numerusform>Вместе они меняют %n аннотацию. </numerusform>
            <numerusform>Вместе они меняют %n аннотации. </numerusform>
            <numerusform>Вместе они меняют %n аннотаций. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanDescription</name>
    <message>
        <source>pending</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>прямая</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>частичная</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>косвенная</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Значение: %1</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Сущность: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Говорящий: %1</translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation>Уверенность: %1 %</translation>
    </message>
    <message>
        <source>Not found in the page</source>
        <translation>Не найдено на странице</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>час</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>минута</translation>
    </message>
    <message>
        <source>second</source>
        <translation>секунда</translation>
    </message>
    <message>
        <source>several</source>
        <translation>несколько</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
</context>
<context>
    <name>SpanLabels</name>
    <message>
        <source>Miscellaneous</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Reporting cue</source>
        <translation>Маркер речи</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Порядковое</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>galley::AdjudicationQueueModel</name>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>partly decided</source>
        <translation>решено частично</translation>
    </message>
    <message>
        <source>all accepted</source>
        <translation>всё принято</translation>
    </message>
    <message>
        <source>all rejected</source>
        <translation>всё отклонено</translation>
    </message>
    <message>
        <source>%1&apos;s version</source>
        <translation>версия: %1</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>смешанное</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 did not annotate this document</source>
        <translation>У %1 нет разметки этого документа</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>galley::AdjudicationQueueView</name>
    <message>
        <source>1, 2, …: take that reviewer&apos;s version · A: accept all · X: reject all · Enter: next open conflict · Ctrl+Z: undo · double-click: open the document</source>
        <translation>1, 2, …: взять версию этого проверяющего · A: принять всё · X: отклонить всё · Enter: следующий нерешённый конфликт · Ctrl+Z: отменить · двойной щелчок: открыть документ</translation>
    </message>
    <message>
        <source>Loading the conflicts…</source>
        <translation>Загрузка конфликтов…</translation>
    </message>
    <message>
        <source>%1 did not annotate this document</source>
        <translation>У %1 нет разметки этого документа</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open</source>
        <translation>
            <numerusform>%n нерешённый конфликт</numerusform>
            <numerusform>%n нерешённых конфликта</numerusform>
            <numerusform>%n нерешённых конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n row(s) of %1</source>
        <translation>
            <numerusform> в %n строке из %1</numerusform>
            <numerusform> в %n строках из %1</numerusform>
            <numerusform> в %n строках из %1</numerusform>
        </translation>
    </message>
    <message>
        <source> — curator: %1</source>
        <translation> — куратор: %1</translation>
    </message>
    <message>
        <source>(none: decisions need a name)</source>
        <translation>(не указан: для решений нужно имя)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>no span here</source>
        <translation>здесь нет фрагмента</translation>
    </message>
    <message>
        <source>Include layers not marked done</source>
        <translation>Учитывать слои, не отмеченные как готовые</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Read the reviewers&apos; layers again: documents finished since the queue was loaded bring their conflicts. Decisions made are kept; their undo is not.</source>
        <translation>Заново прочитать слои рецензентов: документы, завершённые после загрузки очереди, добавят свои конфликты. Принятые решения сохраняются, их отмена — нет.</translation>
    </message>
</context>
<context>
    <name>galley::AgreementTableModel</name>
    <message>
        <source>overall</source>
        <translation>в целом</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>Undefined: no variation to agree on</source>
        <translation>Не определено: нет вариативности, по которой можно согласоваться</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Exact P</source>
        <translation>P (точно)</translation>
    </message>
    <message>
        <source>Exact R</source>
        <translation>R (точно)</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 (точно)</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 (перекрытие)</translation>
    </message>
    <message>
        <source>Cohen κ</source>
        <translation>κ Коэна</translation>
    </message>
    <message>
        <source>Fleiss κ</source>
        <translation>κ Флейса</translation>
    </message>
    <message>
        <source>Krippendorff α</source>
        <translation>α Криппендорфа</translation>
    </message>
</context>
<context>
    <name>galley::AnnotationPanel</name>
    <message>
        <source>Entities</source>
        <translation>Сущности</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Числа</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Spans not found in the page</source>
        <translation>Фрагменты, не найденные на странице</translation>
    </message>
    <message>
        <source>Entities (%1)</source>
        <translation>Сущности (%1)</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Цитаты (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Числа (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) could not be found in the page:</source>
        <translation>
            <numerusform>%n фрагмент не найден на странице:</numerusform>
            <numerusform>%n фрагмента не найдены на странице:</numerusform>
            <numerusform>%n фрагментов не найдено на странице:</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotation panel</source>
        <translation>Панель разметки</translation>
    </message>
    <message>
        <source>Annotation tabs</source>
        <translation>Вкладки разметки</translation>
    </message>
    <message>
        <source>Resize the tabs and the spans not found in the page</source>
        <translation>Изменить размер вкладок и списка фрагментов, не найденных на странице</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>galley::ArticleBlockModel</name>
    <message>
        <source>navigation</source>
        <translation>навигация</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>кнопки «Поделиться»</translation>
    </message>
    <message>
        <source>related articles</source>
        <translation>похожие статьи</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <source>cookie banner</source>
        <translation>уведомление о cookie</translation>
    </message>
    <message>
        <source>advertisement</source>
        <translation>реклама</translation>
    </message>
    <message>
        <source>newsletter sign-up</source>
        <translation>подписка на рассылку</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>нижний колонтитул</translation>
    </message>
    <message>
        <source>photo credit</source>
        <translation>автор фото</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>метаданные</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <source>too little text</source>
        <translation>слишком мало текста</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Boilerplate: %1</source>
        <translation>Служебный блок: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>sidebar</source>
        <translation>боковая панель</translation>
    </message>
    <message>
        <source>outside the article</source>
        <translation>вне статьи</translation>
    </message>
    <message>
        <source>link list</source>
        <translation>список ссылок</translation>
    </message>
    <message>
        <source>pop-up</source>
        <translation>всплывающее окно</translation>
    </message>
    <message>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>шапка страницы</translation>
    </message>
    <message>
        <source>page footer</source>
        <translation>подвал страницы</translation>
    </message>
    <message>
        <source>site header</source>
        <translation>шапка сайта</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>complementary</source>
        <translation>дополнение</translation>
    </message>
    <message>
        <source>disclaimer</source>
        <translation>оговорка</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>раскрытие информации</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>after the article</source>
        <translation>после статьи</translation>
    </message>
    <message>
        <source>about the author</source>
        <translation>об авторе</translation>
    </message>
</context>
<context>
    <name>galley::ArticlePanel</name>
    <message>
        <source>By:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубликовано:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n body block(s)</source>
        <translation>
            <numerusform>%n блок текста</numerusform>
            <numerusform>%n блока текста</numerusform>
            <numerusform>%n блоков текста</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boilerplate block(s)</source>
        <translation>
            <numerusform>%n служебный блок</numerusform>
            <numerusform>%n служебных блока</numerusform>
            <numerusform>%n служебных блоков</numerusform>
        </translation>
    </message>
    <message>
        <source>No page open</source>
        <translation>Страница не открыта</translation>
    </message>
    <message>
        <source>Open a saved page with File ▸ Open or drop it on the window.</source>
        <translation>Откройте сохранённую страницу через Файл ▸ Открыть или перетащите её в окно.</translation>
    </message>
    <message>
        <source>Article blocks</source>
        <translation>Блоки статьи</translation>
    </message>
</context>
<context>
    <name>galley::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
</context>
<context>
    <name>galley::CorpusAgreementView</name>
    <message>
        <source>Include layers not marked done</source>
        <translation>Учитывать слои, не отмеченные как готовые</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Show Report…</source>
        <translation>Показать отчёт…</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Проверяющие:</translation>
    </message>
    <message>
        <source>Token confusion (rows: first reviewer of each pair, columns: second)</source>
        <translation>Матрица ошибок по токенам (строки: первый проверяющий каждой пары, столбцы: второй)</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Вычисление согласия…</translation>
    </message>
    <message>
        <source>Cannot compute the agreement: %1</source>
        <translation>Не удаётся вычислить согласие: %1</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Все проверяющие</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with two or more reviewers</source>
        <translation>
            <numerusform>%n документ с двумя и более проверяющими</numerusform>
            <numerusform>%n документа с двумя и более проверяющими</numerusform>
            <numerusform>%n документов с двумя и более проверяющими</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n token(s); reviewers: %1</source>
        <translation>
            <numerusform>, %n токен; проверяющие: %1</numerusform>
            <numerusform>, %n токена; проверяющие: %1</numerusform>
            <numerusform>, %n токенов; проверяющие: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No document has two reviewer layers%1 yet.</source>
        <translation>Пока ни в одном документе нет двух слоёв проверки%1.</translation>
    </message>
    <message>
        <source> marked done</source>
        <translation>, отмеченных как готовые</translation>
    </message>
    <message>
        <source>Agreement: %1%2</source>
        <translation>Согласие: %1%2</translation>
    </message>
    <message>
        <source>Cannot write the report in %1: %2</source>
        <translation>Не удаётся записать отчёт в %1: %2</translation>
    </message>
    <message>
        <source>Agreement Report</source>
        <translation>Отчёт о согласии</translation>
    </message>
    <message>
        <source>chart shown with Open in Browser</source>
        <translation>диаграмма показывается по кнопке «Открыть в браузере»</translation>
    </message>
    <message>
        <source>Only decided spans</source>
        <translation>Только решённые фрагменты</translation>
    </message>
    <message>
        <source>Leave out the spans reviewers left pending: untouched pre-annotation, which every reviewer&apos;s copy shares, would count as agreement.</source>
        <translation>Не учитывать фрагменты, оставленные рецензентами без решения: нетронутая предразметка, общая для всех копий, считалась бы согласием.</translation>
    </message>
</context>
<context>
    <name>galley::CorpusController</name>
    <message>
        <source>Corpus</source>
        <translation>Корпус</translation>
    </message>
    <message>
        <source>Importing: %1 / %2 files, %3 new</source>
        <translation>Импорт: файлов %1 / %2, новых %3</translation>
    </message>
    <message>
        <source>&amp;New Corpus…</source>
        <translation>Созд&amp;ать корпус…</translation>
    </message>
    <message>
        <source>New Corpus: Choose an Empty Folder</source>
        <translation>Новый корпус: выберите пустую папку</translation>
    </message>
    <message>
        <source>Open &amp;Corpus…</source>
        <translation>Открыть &amp;корпус…</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Открыть корпус</translation>
    </message>
    <message>
        <source>&amp;Import into Corpus…</source>
        <translation>&amp;Импортировать в корпус…</translation>
    </message>
    <message>
        <source>Import into Corpus</source>
        <translation>Импорт в корпус</translation>
    </message>
    <message>
        <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt);;All files (*)</source>
        <translation>Сохранённые страницы (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import &amp;Folder into Corpus…</source>
        <translation>Импортировать &amp;папку в корпус…</translation>
    </message>
    <message>
        <source>Import Folder into Corpus</source>
        <translation>Импорт папки в корпус</translation>
    </message>
    <message>
        <source>Mark Document &amp;Done</source>
        <translation>Отметить документ как &amp;готовый</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Mark this document done in your corpus layer and save it</source>
        <translation>Отметить документ как готовый в вашем слое корпуса и сохранить его</translation>
    </message>
    <message>
        <source>An import is still running.</source>
        <translation>Импорт ещё выполняется.</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Корпус: %1</translation>
    </message>
    <message>
        <source>Collecting files…</source>
        <translation>Сбор файлов…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new document(s)</source>
        <translation>
            <numerusform>Импортирован %n новый документ</numerusform>
            <numerusform>Импортировано %n новых документа</numerusform>
            <numerusform>Импортировано %n новых документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the corpus</source>
        <translation>
            <numerusform>, %n уже в корпусе</numerusform>
            <numerusform>, %n уже в корпусе</numerusform>
            <numerusform>, %n уже в корпусе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) could not be read</source>
        <translation>
            <numerusform>, %n файл не удалось прочитать</numerusform>
            <numerusform>, %n файла не удалось прочитать</numerusform>
            <numerusform>, %n файлов не удалось прочитать</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (отменено)</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>Корпус не открыт.</translation>
    </message>
    <message>
        <source>That document is no longer in the corpus.</source>
        <translation>Этого документа больше нет в корпусе.</translation>
    </message>
    <message>
        <source>Choose who is reviewing (“Reviewing as”) before opening a document.</source>
        <translation>Прежде чем открыть документ, укажите, кто проверяет («Проверяющий»).</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>Со&amp;гласие</translation>
    </message>
    <message>
        <source>A&amp;djudication</source>
        <translation>&amp;Разрешение конфликтов</translation>
    </message>
    <message>
        <source>The layer was saved, but the corpus could not record it: %1</source>
        <translation>Слой сохранён, но корпусу не удалось это учесть: %1</translation>
    </message>
    <message>
        <source>Open a corpus document first (double-click it in the corpus list).</source>
        <translation>Сначала откройте документ корпуса (двойным щелчком в списке корпуса).</translation>
    </message>
</context>
<context>
    <name>galley::CorpusDocumentModel</name>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>разрешён</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
</context>
<context>
    <name>galley::CorpusView</name>
    <message>
        <source>Reviewing as</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>The reviewer whose layer a document opens with</source>
        <translation>Проверяющий, с чьим слоем открывается документ</translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation>Поиск по тексту…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Фильтр по тексту</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Любой проверяющий</translation>
    </message>
    <message>
        <source>Reviewer filter</source>
        <translation>Фильтр по проверяющему</translation>
    </message>
    <message>
        <source>Reviewing as:</source>
        <translation>Проверяющий:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <source>Corpus documents</source>
        <translation>Документы корпуса</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the import after the documents being written</source>
        <translation>Остановить импорт после записи текущих документов</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Counting documents…</source>
        <translation>Подсчёт документов…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 / %3 done</source>
        <translation>%1: готово %2 / %3</translation>
    </message>
</context>
<context>
    <name>galley::EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>One of its names still to review was found or changed by a rule, which gives no confidence</source>
        <translation>Одно из её ещё не проверенных имён найдено или изменено правилом, а правила не дают уверенности</translation>
    </message>
    <message>
        <source>The tagger&apos;s confidence in the least sure of its names still to review</source>
        <translation>Уверенность распознавания в наименее надёжном из её ещё не проверенных имён</translation>
    </message>
    <message>
        <source>Every name is reviewed: the tagger&apos;s confidence in the least sure of them</source>
        <translation>Все имена проверены: уверенность распознавания в наименее надёжном из них</translation>
    </message>
    <message>
        <source>Found or changed by a rule, which gives no confidence</source>
        <translation>Найдено или изменено правилом, а правила не дают уверенности</translation>
    </message>
    <message>
        <source>Entity %1 (the cluster id galley-cli edit takes)</source>
        <translation>Сущность %1 (идентификатор кластера для galley-cli edit)</translation>
    </message>
    <message>
        <source>F2 or a double click renames it</source>
        <translation>F2 или двойной щелчок переименовывает её</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>galley::FilteredChoiceDialog</name>
    <message>
        <source>Type to filter</source>
        <translation>Введите текст для фильтра</translation>
    </message>
</context>
<context>
    <name>galley::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Поиск на странице</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Искомый текст</translation>
    </message>
    <message>
        <source>Enter: next match; Shift+Enter: previous match; Esc: close</source>
        <translation>Enter: следующее совпадение; Shift+Enter: предыдущее совпадение; Esc: закрыть</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Учитывать регистр</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>На&amp;йти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>galley::FocusRegions</name>
    <message>
        <source>Next &amp;Region</source>
        <translation>&amp;Следующая область</translation>
    </message>
    <message>
        <source>Previous Re&amp;gion</source>
        <translation>&amp;Предыдущая область</translation>
    </message>
    <message>
        <source>Show %1 Tab</source>
        <translation>Показать вкладку «%1»</translation>
    </message>
</context>
<context>
    <name>galley::LabelMenu</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>galley::LabelPopup</name>
    <message>
        <source>Add a span with a label</source>
        <translation>Добавить фрагмент с меткой</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Add a %1 span (%2)</source>
        <translation>Добавить фрагмент %1 (%2)</translation>
    </message>
</context>
<context>
    <name>galley::LeftOutDocuments</name>
    <message>
        <source> — a layer cannot be read: %1</source>
        <translation> — слой не читается: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more: see the tooltip)</source>
        <translation>
            <numerusform> (и ещё %n: см. подсказку)</numerusform>
            <numerusform> (и ещё %n: см. подсказку)</numerusform>
            <numerusform> (и ещё %n: см. подсказку)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message>
        <source>Open documents</source>
        <translation>Открытые документы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Article &amp;Text</source>
        <translation>&amp;Текст статьи</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show the article as plain text instead of the saved page</source>
        <translation>Показать статью простым текстом вместо сохранённой страницы</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) highlighted</source>
        <translation>
            <numerusform>%n фрагмент выделен</numerusform>
            <numerusform>%n фрагмента выделено</numerusform>
            <numerusform>%n фрагментов выделено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the page</source>
        <translation>
            <numerusform>%n не найден на странице</numerusform>
            <numerusform>%n не найдено на странице</numerusform>
            <numerusform>%n не найдено на странице</numerusform>
        </translation>
    </message>
    <message>
        <source>No page open</source>
        <translation>Страница не открыта</translation>
    </message>
    <message>
        <source>This block could not be found in the rendered page.</source>
        <translation>Этот блок не найден на отображаемой странице.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation>&amp;О программе Galley</translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation>О программе Galley</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Galley %1&lt;/h3&gt;&lt;p&gt;Opens saved news pages and finds the article in them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Galley %1&lt;/h3&gt;&lt;p&gt;Открывает сохранённые новостные страницы и находит в них статью.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt)</source>
        <translation>Сохранённые страницы (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>Веб-страницы (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>Web archives (*.mhtml *.mht)</source>
        <translation>Веб-архивы (*.mhtml *.mht)</translation>
    </message>
    <message>
        <source>WARC files (*.warc *.warc.gz)</source>
        <translation>Файлы WARC (*.warc *.warc.gz)</translation>
    </message>
    <message>
        <source>Text copies (*.txt)</source>
        <translation>Текстовые копии (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Saved Page</source>
        <translation>Открыть сохранённую страницу</translation>
    </message>
    <message>
        <source>No recent pages</source>
        <translation>Нет недавних страниц</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить меню</translation>
    </message>
    <message>
        <source>Still loading; try again in a moment.</source>
        <translation>Идёт загрузка; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>Чтение записей %1…</translation>
    </message>
    <message>
        <source>The archive holds no HTML page.</source>
        <translation>В архиве нет ни одной HTML-страницы.</translation>
    </message>
    <message>
        <source>Choose a page from the archive</source>
        <translation>Выберите страницу из архива</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>This block has no known position in the page.</source>
        <translation>Положение этого блока на странице неизвестно.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <source>Could Not Open Page</source>
        <translation>Не удалось открыть страницу</translation>
    </message>
    <message>
        <source>Galley could not open %1.</source>
        <translation>Galley не удалось открыть %1.</translation>
    </message>
    <message>
        <source>the page did not finish loading</source>
        <translation>страница загрузилась не полностью</translation>
    </message>
    <message numerus="yes">
        <source>%n outside request(s) blocked</source>
        <translation>
            <numerusform>заблокирован %n внешний запрос</numerusform>
            <numerusform>заблокировано %n внешних запроса</numerusform>
            <numerusform>заблокировано %n внешних запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>Сохранённая страница</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading Notes</source>
        <translation>Замечания при чтении</translation>
    </message>
    <message numerus="yes">
        <source>Galley noticed %n problem(s) while reading this page.</source>
        <translation>
            <numerusform>При чтении этой страницы Galley обнаружил %n проблему.</numerusform>
            <numerusform>При чтении этой страницы Galley обнаружил %n проблемы.</numerusform>
            <numerusform>При чтении этой страницы Galley обнаружил %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Annotations</source>
        <translation>&amp;Сохранить разметку</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>&amp;Next Pending Span</source>
        <translation>&amp;Следующий непроверенный фрагмент</translation>
    </message>
    <message>
        <source>&amp;Previous Pending Span</source>
        <translation>П&amp;редыдущий непроверенный фрагмент</translation>
    </message>
    <message>
        <source>Extend &amp;End by a Word</source>
        <translation>Продлить &amp;конец на слово</translation>
    </message>
    <message>
        <source>Shorten E&amp;nd by a Word</source>
        <translation>Укоротить к&amp;онец на слово</translation>
    </message>
    <message>
        <source>Extend &amp;Start by a Word</source>
        <translation>Продлить &amp;начало на слово</translation>
    </message>
    <message>
        <source>Shorten S&amp;tart by a Word</source>
        <translation>Укоротить н&amp;ачало на слово</translation>
    </message>
    <message>
        <source>Change Quote &amp;Kind</source>
        <translation>Сменить &amp;вид цитаты</translation>
    </message>
    <message>
        <source>Set Quote Spea&amp;ker…</source>
        <translation>Указать &amp;автора цитаты…</translation>
    </message>
    <message>
        <source>&amp;Label or Add Span</source>
        <translation>&amp;Метка или новый фрагмент</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>annotations cannot be edited: %1</source>
        <translation>разметку нельзя изменить: %1</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>проверено %1 из %2</translation>
    </message>
    <message>
        <source>No span is pending.</source>
        <translation>Непроверенных фрагментов нет.</translation>
    </message>
    <message>
        <source>The selected text is not part of the article.</source>
        <translation>Выделенный текст не входит в статью.</translation>
    </message>
    <message>
        <source>Select a span first.</source>
        <translation>Сначала выберите фрагмент.</translation>
    </message>
    <message>
        <source>A span keeps at least one word.</source>
        <translation>Во фрагменте остаётся хотя бы одно слово.</translation>
    </message>
    <message>
        <source>Select a quote first.</source>
        <translation>Сначала выберите цитату.</translation>
    </message>
    <message>
        <source>The article has no mention that could be the speaker.</source>
        <translation>В статье нет упоминания, которое могло бы быть автором.</translation>
    </message>
    <message>
        <source>Quote Speaker</source>
        <translation>Автор цитаты</translation>
    </message>
    <message>
        <source>Who said %1?</source>
        <translation>Кто сказал %1?</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>The annotations could not be saved: %1</source>
        <translation>Не удалось сохранить разметку: %1</translation>
    </message>
    <message>
        <source>Annotations saved.</source>
        <translation>Разметка сохранена.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The annotations of this page have changes that are not saved.</source>
        <translation>В разметке этой страницы есть несохранённые изменения.</translation>
    </message>
    <message numerus="yes">
        <source>restored %n unsaved edit(s) from the last session</source>
        <translation>
            <numerusform>восстановлена %n несохранённая правка прошлого сеанса</numerusform>
            <numerusform>восстановлены %n несохранённые правки прошлого сеанса</numerusform>
            <numerusform>восстановлено %n несохранённых правок прошлого сеанса</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Resize the document list and the page</source>
        <translation>Изменить размер списка документов и страницы</translation>
    </message>
    <message>
        <source>Resize the page and the annotation panel</source>
        <translation>Изменить размер страницы и панели разметки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Замечания при чтении</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>%1&apos;s corpus layer</source>
        <translation>слой корпуса: %1</translation>
    </message>
    <message>
        <source>unsaved edits kept for later: open the page again to restore or discard them (editing is off until then)</source>
        <translation>несохранённые правки отложены: откройте страницу снова, чтобы восстановить или отбросить их (до тех пор правка недоступна)</translation>
    </message>
    <message>
        <source>No listed span is pending.</source>
        <translation>Среди показанных фрагментов непроверенных нет.</translation>
    </message>
    <message>
        <source>Editing is off for this page until the unsaved edits of the last session are restored or discarded: open the page again to decide.</source>
        <translation>Правка этой страницы недоступна, пока несохранённые правки прошлого сеанса не восстановлены или не отброшены: откройте страницу снова, чтобы решить.</translation>
    </message>
    <message>
        <source>%1 is not shown: it could not be found in the page.</source>
        <translation>%1 не показан: этот фрагмент не найден на странице.</translation>
    </message>
    <message>
        <source>No other span is pending.</source>
        <translation>Других непроверенных фрагментов нет.</translation>
    </message>
    <message>
        <source>%1 — …%2[%3]%4…</source>
        <translation>%1 — …%2[%3]%4…</translation>
    </message>
    <message>
        <source>Document &amp;Notes…</source>
        <translation>&amp;Заметки к документу…</translation>
    </message>
    <message>
        <source>No page is open.</source>
        <translation>Страница не открыта.</translation>
    </message>
    <message>
        <source>Document Notes</source>
        <translation>Заметки к документу</translation>
    </message>
    <message>
        <source>Your notes on this document, kept with your annotations:</source>
        <translation>Ваши заметки к этому документу (хранятся вместе с вашей разметкой):</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Экспорт разметки…</translation>
    </message>
    <message>
        <source>Open a page to export its annotations.</source>
        <translation>Откройте страницу, чтобы экспортировать её разметку.</translation>
    </message>
    <message>
        <source>With text selected: add a span; else: relabel the selected span, or the whole entity when an entity is current in the Entities tab</source>
        <translation>С выделенным текстом: добавить фрагмент; иначе: сменить метку выбранного фрагмента или всей сущности, если на вкладке «Сущности» выбрана сущность</translation>
    </message>
    <message>
        <source>Annotations Changed Elsewhere</source>
        <translation>Аннотации изменены в другом месте</translation>
    </message>
    <message>
        <source>Another program changed the annotations of this page since it was opened here, so your edit was not made.</source>
        <translation>Другая программа изменила аннотации этой страницы после того, как она была открыта здесь, поэтому ваша правка не внесена.</translation>
    </message>
    <message>
        <source>Open the page again to see those changes, then make your edit again.</source>
        <translation>Откройте страницу заново, чтобы увидеть эти изменения, и повторите правку.</translation>
    </message>
    <message>
        <source>&amp;Open Page Again</source>
        <translation>&amp;Открыть страницу заново</translation>
    </message>
    <message>
        <source>Annotations in Use</source>
        <translation>Аннотации заняты</translation>
    </message>
    <message>
        <source>Another program is editing the annotations of this page, so your edit was not made.</source>
        <translation>Другая программа сейчас редактирует аннотации этой страницы, поэтому ваша правка не внесена.</translation>
    </message>
    <message>
        <source>Close the page there, or wait until galley-cli is done, then make your edit again.</source>
        <translation>Закройте страницу там или дождитесь завершения galley-cli, затем повторите правку.</translation>
    </message>
    <message>
        <source>No other listed span is pending.</source>
        <translation>Среди показанных фрагментов других непроверенных нет.</translation>
    </message>
    <message>
        <source>The span now runs over a paragraph break.</source>
        <translation>Фрагмент теперь переходит через границу абзаца.</translation>
    </message>
    <message>
        <source>Span Co&amp;mment…</source>
        <translation>Комм&amp;ентарий к фрагменту…</translation>
    </message>
    <message>
        <source>Span Comment</source>
        <translation>Комментарий к фрагменту</translation>
    </message>
    <message>
        <source>Your comment on “%1”, kept with your annotations:</source>
        <translation>Ваш комментарий к «%1», хранится вместе с вашими аннотациями:</translation>
    </message>
    <message>
        <source>The annotations of this page have changes that are not saved, and another program changed the saved file, so they cannot be saved over it.</source>
        <translation>В аннотациях этой страницы есть несохранённые изменения, а другая программа изменила сохранённый файл, поэтому сохранить их поверх него нельзя.</translation>
    </message>
    <message>
        <source>Keep them in a copy beside the file (galley-cli import can read it back), or discard them, then open the page again with the other program&apos;s changes.</source>
        <translation>Сохраните их в копии рядом с файлом (galley-cli import прочитает её) или отмените их; затем страница откроется заново с изменениями другой программы.</translation>
    </message>
    <message>
        <source>&amp;Keep a Copy</source>
        <translation>&amp;Сохранить копию</translation>
    </message>
    <message>
        <source>Could Not Keep a Copy</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <source>Your edits could not be written to a copy: %1</source>
        <translation>Не удалось записать ваши изменения в копию: %1</translation>
    </message>
    <message>
        <source>Your unsaved edits are kept in %1</source>
        <translation>Ваши несохранённые изменения сохранены в %1</translation>
    </message>
</context>
<context>
    <name>galley::MouseEditing</name>
    <message>
        <source>&amp;Pick Speaker in Page</source>
        <translation>Указать автора на с&amp;транице</translation>
    </message>
    <message>
        <source>Click the mention who said the selected quote, in the page or the text</source>
        <translation>Щёлкните на странице или в тексте упоминание автора выбранной цитаты</translation>
    </message>
    <message>
        <source>Cancel Picking</source>
        <translation>Отменить выбор</translation>
    </message>
    <message>
        <source>Resize to %1</source>
        <translation>Новые границы: %1</translation>
    </message>
    <message>
        <source>The new extent is not part of the article.</source>
        <translation>Новые границы выходят за пределы статьи.</translation>
    </message>
    <message>
        <source>A span keeps at least one word.</source>
        <translation>Во фрагменте остаётся хотя бы одно слово.</translation>
    </message>
    <message>
        <source>Select a quote first.</source>
        <translation>Сначала выберите цитату.</translation>
    </message>
    <message>
        <source>Click the mention who said %1, in the page or the text (Esc cancels).</source>
        <translation>Щёлкните на странице или в тексте упоминание того, кто сказал %1 (Esc — отмена).</translation>
    </message>
    <message>
        <source>No mention that can speak is there: click a highlighted name (Esc cancels).</source>
        <translation>Здесь нет упоминания, которое может быть автором: щёлкните выделенное имя (Esc — отмена).</translation>
    </message>
    <message>
        <source>Add Span</source>
        <translation>Добавить фрагмент</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Re&amp;label</source>
        <translation>Сменить &amp;метку</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Set as &amp;Speaker of the Selected Quote</source>
        <translation>Сделать &amp;автором выбранной цитаты</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>galley::NumberTableModel</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Модификатор</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>galley::OpenDocumentsModel</name>
    <message>
        <source>%1 (record %2)</source>
        <translation>%1 (запись %2)</translation>
    </message>
    <message>
        <source>%1 (%2&apos;s layer)</source>
        <translation>%1 (слой: %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>galley::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Close preferences</source>
        <translation>Закрыть настройки</translation>
    </message>
    <message>
        <source>Label colours</source>
        <translation>Цвета меток</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Цвет: %1</translation>
    </message>
    <message>
        <source>Choose the colour of %1 (%2) highlights</source>
        <translation>Выбрать цвет подсветки %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reset &amp;Colours</source>
        <translation>Сбросить &amp;цвета</translation>
    </message>
    <message>
        <source>Reset label colours to the schema&apos;s</source>
        <translation>Вернуть цвета меток из схемы</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the panel and text font</source>
        <translation>Выбрать шрифт панелей и текста</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <source>Use the default font</source>
        <translation>Использовать шрифт по умолчанию</translation>
    </message>
    <message>
        <source>Panel and text &amp;font:</source>
        <translation>&amp;Шрифт панелей и текста:</translation>
    </message>
    <message>
        <source>Highlight opacity</source>
        <translation>Непрозрачность подсветки</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Highlight &amp;opacity:</source>
        <translation>&amp;Непрозрачность подсветки:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language changes the next time Galley starts.</source>
        <translation>Язык сменится при следующем запуске Galley.</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. A key can belong to one action only.</source>
        <translation>Щёлкните сочетание клавиш и нажмите новые клавиши. Клавиша может принадлежать только одному действию.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Shortcut of %1</source>
        <translation>Сочетание клавиш для %1</translation>
    </message>
    <message>
        <source>Further shortcuts of %1</source>
        <translation>Дополнительные сочетания клавиш для %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the shortcut of %1</source>
        <translation>Очистить сочетание клавиш для %1</translation>
    </message>
    <message>
        <source>Shortcuts of every action</source>
        <translation>Сочетания клавиш всех действий</translation>
    </message>
    <message>
        <source>Shortcut warning</source>
        <translation>Предупреждение о сочетании клавиш</translation>
    </message>
    <message>
        <source>&amp;Reset All to Defaults</source>
        <translation>Сб&amp;росить всё по умолчанию</translation>
    </message>
    <message>
        <source>Reset every shortcut to its default</source>
        <translation>Вернуть всем сочетаниям клавиш значения по умолчанию</translation>
    </message>
    <message>
        <source>Panel and Text Font</source>
        <translation>Шрифт панелей и текста</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>%1, %2 pt</source>
        <translation>%1, %2 пт</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Dash spans to review under this confidence</source>
        <translation>Выделять пунктиром непроверенные фрагменты ниже этой уверенности</translation>
    </message>
    <message>
        <source>Dash spans to review &amp;under:</source>
        <translation>&amp;Пунктир для фрагментов ниже:</translation>
    </message>
    <message>
        <source>Quotes and names still to review that their finder gives under this confidence are underlined dashed in the page. On the finders&apos; development articles, quotes under 70 % were right 43 % of the time, those above it 89 %; names under 70 % were right 46 % of the time, those above it 96 %.</source>
        <translation>Непроверенные цитаты и имена, уверенность поиска в которых ниже этого значения, подчёркиваются на странице пунктиром. На статьях разработки цитаты ниже 70 % были верны в 43 % случаев, выше — в 89 %; имена ниже 70 % — в 46 %, выше — в 96 %.</translation>
    </message>
</context>
<context>
    <name>galley::QuoteTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Маркер</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>galley::ReviewEditor</name>
    <message>
        <source>No page is open.</source>
        <translation>Страница не открыта.</translation>
    </message>
    <message>
        <source>%1 could not be done: %2</source>
        <translation>Не удалось: %1 (%2)</translation>
    </message>
    <message>
        <source>Select a span first.</source>
        <translation>Сначала выберите фрагмент.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Отклонить %1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Принять %1</translation>
    </message>
    <message>
        <source>The schema has no label %1.</source>
        <translation>В схеме нет метки %1.</translation>
    </message>
    <message>
        <source>Label %1 as %2</source>
        <translation>Пометить %1 как %2</translation>
    </message>
    <message>
        <source>A span cannot be empty or leave the text.</source>
        <translation>Фрагмент не может быть пустым или выходить за текст.</translation>
    </message>
    <message>
        <source>Resize %1 to %2</source>
        <translation>Изменить границы %1 на %2</translation>
    </message>
    <message>
        <source>Select some text of the article first.</source>
        <translation>Сначала выделите текст статьи.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Добавить %1 %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>Установить %1 у %2: %3</translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation>Убрать %1 у %2</translation>
    </message>
    <message>
        <source>Select a quote and a speaker first.</source>
        <translation>Сначала выберите цитату и автора.</translation>
    </message>
    <message>
        <source>%1 cannot be the speaker of %2.</source>
        <translation>%1 не может быть автором %2.</translation>
    </message>
    <message>
        <source>Set speaker of %1 to %2</source>
        <translation>Автор %1: %2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <source>This entity has no cluster to rename.</source>
        <translation>У этой сущности нет кластера для переименования.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Mark Document Done</source>
        <translation>Отметить документ как готовый</translation>
    </message>
    <message>
        <source>Mark Document In Progress</source>
        <translation>Отметить документ как начатый</translation>
    </message>
    <message>
        <source>Mark Document Not Started</source>
        <translation>Отметить документ как не начатый</translation>
    </message>
    <message>
        <source>Mark Document Adjudicated</source>
        <translation>Отметить конфликты документа как разрешённые</translation>
    </message>
    <message>
        <source>Edit Document Notes</source>
        <translation>Изменить заметки к документу</translation>
    </message>
    <message>
        <source>Select an entity first.</source>
        <translation>Сначала выберите сущность.</translation>
    </message>
    <message>
        <source>An entity takes an entity label, not %1: to relabel one name, select it under its entity.</source>
        <translation>Сущности назначается метка сущности, а не «%1»: чтобы сменить метку одного имени, выберите его внутри сущности.</translation>
    </message>
    <message>
        <source>Label entity %1 as %2</source>
        <translation>Пометить сущность %1 как %2</translation>
    </message>
    <message>
        <source>Reject entity %1</source>
        <translation>Отклонить сущность %1</translation>
    </message>
    <message>
        <source>Accept entity %1</source>
        <translation>Принять сущность %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other entity(s) called %1 (%2): if they are the same, select one and press G to merge it into the other.</source>
        <translation>
            <numerusform>Ещё %n сущность называется %1 (%2): если это одна и та же, выберите одну и нажмите G, чтобы объединить её с другой.</numerusform>
            <numerusform>Ещё %n сущности называются %1 (%2): если это одна и та же, выберите одну и нажмите G, чтобы объединить её с другой.</numerusform>
            <numerusform>Ещё %n сущностей называются %1 (%2): если это одна и та же, выберите одну и нажмите G, чтобы объединить её с другой.</numerusform>
        </translation>
    </message>
    <message>
        <source>An entity&apos;s name cannot be empty: %1 keeps its name.</source>
        <translation>Имя сущности не может быть пустым: %1 сохраняет своё имя.</translation>
    </message>
</context>
<context>
    <name>galley::ShortcutRegistry</name>
    <message>
        <source>No such action: %1</source>
        <translation>Нет такого действия: %1</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 уже назначено действию «%2».</translation>
    </message>
</context>
<context>
    <name>galley::SpanFilterBar</name>
    <message>
        <source>Labels to list</source>
        <translation>Показываемые метки</translation>
    </message>
    <message>
        <source>Review statuses to list</source>
        <translation>Показываемые статусы проверки</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>List only spans with these labels</source>
        <translation>Показывать только фрагменты с этими метками</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>List only spans with these review statuses</source>
        <translation>Показывать только фрагменты с этими статусами проверки</translation>
    </message>
    <message>
        <source>Filter spans</source>
        <translation>Фильтр фрагментов</translation>
    </message>
    <message>
        <source>Span text filter</source>
        <translation>Фильтр по тексту фрагмента</translation>
    </message>
    <message>
        <source>List only spans whose text contains this</source>
        <translation>Показывать только фрагменты, текст которых содержит это</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Show all spans</source>
        <translation>Показать все фрагменты</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
</context>
<context>
    <name>galley::SpanListModel</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>galley::StructuralEditActions</name>
    <message>
        <source>S&amp;plit Span</source>
        <translation>Ра&amp;зделить фрагмент</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Span</source>
        <translation>Объ&amp;единить со следующим фрагментом</translation>
    </message>
    <message>
        <source>Merge &amp;Entity into…</source>
        <translation>Объединить с&amp;ущность с…</translation>
    </message>
    <message>
        <source>Split &amp;from Entity</source>
        <translation>&amp;Исключить из сущности</translation>
    </message>
    <message>
        <source>Set Quote &amp;Cue…</source>
        <translation>Указать маркер речи &amp;цитаты…</translation>
    </message>
    <message>
        <source>Select a span first.</source>
        <translation>Сначала выберите фрагмент.</translation>
    </message>
    <message>
        <source>%1 is a single word: there is nothing to split.</source>
        <translation>%1 — одно слово: разделять нечего.</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>Разделить %1</translation>
    </message>
    <message>
        <source>No later %1 span to merge %2 with.</source>
        <translation>Нет следующего фрагмента %1, с которым можно объединить %2.</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>Объединить %1 и %2</translation>
    </message>
    <message>
        <source>%1 is in no entity.</source>
        <translation>%1 не входит ни в одну сущность.</translation>
    </message>
    <message>
        <source>Select an entity mention first.</source>
        <translation>Сначала выберите упоминание сущности.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n mention(s))</source>
        <translation>
            <numerusform>%1 (%2, %n упоминание)</numerusform>
            <numerusform>%1 (%2, %n упоминания)</numerusform>
            <numerusform>%1 (%2, %n упоминаний)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article has no other entity to merge with.</source>
        <translation>В статье нет другой сущности для объединения.</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>Объединение сущностей</translation>
    </message>
    <message>
        <source>Merge %1 into which entity?</source>
        <translation>С какой сущностью объединить %1?</translation>
    </message>
    <message>
        <source>Merge entity %1 into %2</source>
        <translation>Объединить сущность %1 с %2</translation>
    </message>
    <message>
        <source>Split %1 from entity %2</source>
        <translation>Исключить %1 из сущности %2</translation>
    </message>
    <message>
        <source>Select a quote first.</source>
        <translation>Сначала выберите цитату.</translation>
    </message>
    <message>
        <source>Set cue of %1 to %2</source>
        <translation>Маркер речи %1: %2</translation>
    </message>
    <message>
        <source>The selected text is not part of the article.</source>
        <translation>Выделенный текст не входит в статью.</translation>
    </message>
    <message>
        <source>%1 — …%2[%3]%4…</source>
        <translation>%1 — …%2[%3]%4…</translation>
    </message>
    <message>
        <source>Select the cue&apos;s words in the page or the text first: the article has no cue span yet.</source>
        <translation>Сначала выделите слова маркера речи на странице или в тексте: в статье ещё нет фрагмента-маркера.</translation>
    </message>
    <message>
        <source>Quote Cue</source>
        <translation>Маркер речи цитаты</translation>
    </message>
    <message>
        <source>Which words introduce %1?</source>
        <translation>Какие слова вводят %1?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n mention(s), %3)</source>
        <translation>
            <numerusform>%1 (%2, %n упоминание, %3)</numerusform>
            <numerusform>%1 (%2, %n упоминания, %3)</numerusform>
            <numerusform>%1 (%2, %n упоминаний, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rejected)</source>
        <translation>%1 (отклонено)</translation>
    </message>
</context>
<context>
    <name>galley::WarcRecordDialog</name>
    <message>
        <source>Choose a Page from the Archive</source>
        <translation>Выбор страницы из архива</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n page(s). Choose the one to open.</source>
        <translation>
            <numerusform>%1 содержит %n страницу. Выберите, какую открыть.</numerusform>
            <numerusform>%1 содержит %n страницы. Выберите, какую открыть.</numerusform>
            <numerusform>%1 содержит %n страниц. Выберите, какую открыть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Pages are numbered from 1, as in the status bar; galley-cli --record counts from 0.</source>
        <translation>Страницы нумеруются с 1, как в строке состояния; galley-cli --record считает с 0.</translation>
    </message>
    <message>
        <source>record %1 of %2</source>
        <translation>запись %1 из %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>запись %1</translation>
    </message>
    <message>
        <source>Pages in the archive</source>
        <translation>Страницы в архиве</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens a saved news page and shows the article in it.</source>
        <translation>Открывает сохранённую новостную страницу и показывает статью в ней.</translation>
    </message>
    <message>
        <source>Saved page to open (HTML, MHTML, WARC or text).</source>
        <translation>Сохранённая страница для открытия (HTML, MHTML, WARC или текст).</translation>
    </message>
</context>
</TS>
