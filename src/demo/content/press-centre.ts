import type { DemoArticle } from "../types.js";
import { paragraphs } from "./html.js";

/**
 * Notices the press centre publishes about its own website and services.
 * They state no political facts and quote no one.
 */
export const pressCentreArticles: DemoArticle[] = [
  {
    key: "statement-new-website",
    sectionKey: "statements",
    kind: "statement",
    publishedAt: "2024-02-01T08:00:00.000Z",
    people: [],
    translations: {
      en: {
        title: "Statement of the press centre on the move to a new website",
        lead: "The archive moves with us: every address of the old site keeps working.",
        bodyHtml: paragraphs(
          "The CSTO press centre has moved its website to a new platform.",
          "Links to pages of the old site remain valid: an address saved in your bookmarks or quoted in a media report opens the same material on the new site.",
          "As before, materials are published in two languages, Russian and English.",
        ),
      },
      ru: {
        title: "Заявление пресс-центра о переходе на новый сайт",
        lead: "Архив переезжает вместе с нами: все адреса прежнего сайта продолжают работать.",
        bodyHtml: paragraphs(
          "Пресс-центр ОДКБ перевел свой сайт на новую платформу.",
          "Ссылки на страницы прежнего сайта остаются действительными: адрес, сохраненный в закладках или приведенный в публикации СМИ, откроет тот же материал на новом сайте.",
          "Материалы, как и прежде, публикуются на двух языках — русском и английском.",
        ),
      },
    },
  },
  {
    key: "new-website-launched",
    sectionKey: "news_odkb",
    kind: "announcement",
    publishedAt: "2024-02-01T09:00:00.000Z",
    people: [],
    translations: {
      en: {
        title: "The CSTO press centre launches its new website",
        lead: "News, statements and interviews in Russian and English, search in both languages and feeds for your news reader.",
        bodyHtml: paragraphs(
          "The CSTO press centre has opened its new website. News, speeches and interviews, statements and documents are published in two languages, Russian and English.",
          "The sections are the same as before: “News”, with “CSTO news” and “Speeches and interviews”; “Documents”, with “Statements”; and “Special projects”. The “All news” page brings together everything from the news sections, newest first.",
          "Search works in both languages and recognises different forms of the same word.",
          "You can also subscribe to our news feeds in RSS, Atom and JSON Feed formats.",
        ),
      },
      ru: {
        title: "Пресс-центр ОДКБ открыл новый сайт",
        lead: "Новости, заявления и интервью на русском и английском языках, поиск на обоих языках и ленты для подписки.",
        bodyHtml: paragraphs(
          "Пресс-центр ОДКБ начал работу на новом сайте. Новости, выступления и интервью, заявления и документы публикуются на двух языках — русском и английском.",
          "Структура разделов сохранена: «Новости» с подразделами «Новости ОДКБ» и «Выступления и интервью», «Документы» с подразделом «Заявления», а также «Спецпроекты». На странице «Все новости» собраны материалы новостных разделов — от последних к более ранним.",
          "Поиск работает на обоих языках и учитывает различные формы слова.",
          "На новости можно подписаться через ленты в форматах RSS, Atom и JSON Feed.",
        ),
      },
    },
  },
  {
    key: "subscribe-to-news-feeds",
    sectionKey: "news_odkb",
    kind: "announcement",
    publishedAt: "2024-02-01T11:00:00.000Z",
    people: [],
    translations: {
      en: {
        title: "How to subscribe to CSTO news feeds",
        lead: "Follow new items in your feed reader without visiting the site.",
        bodyHtml: paragraphs(
          "The press centre’s news is available as feeds in three common formats: RSS, Atom and JSON Feed. A feed reader, a news aggregator or a media monitoring system checks the feed and shows new items as soon as they are published.",
          "To subscribe, copy the link to a feed and add it to your reader. Most readers understand all three formats; if in doubt, choose RSS.",
          "Subscription is free and needs no registration.",
        ),
      },
      ru: {
        title: "Как подписаться на новостные ленты ОДКБ",
        lead: "Следите за новыми материалами в программе для чтения лент, не заходя на сайт.",
        bodyHtml: paragraphs(
          "Новости пресс-центра доступны в виде лент в трех распространенных форматах: RSS, Atom и JSON Feed. Программа для чтения лент, новостной агрегатор или система мониторинга СМИ проверяет ленту и показывает новые материалы сразу после их публикации.",
          "Чтобы подписаться, скопируйте ссылку на ленту и добавьте ее в свою программу. Большинство программ поддерживают все три формата; если сомневаетесь, выберите RSS.",
          "Подписка бесплатна и не требует регистрации.",
        ),
      },
    },
  },
  {
    key: "search-in-two-languages",
    sectionKey: "news_odkb",
    kind: "announcement",
    publishedAt: "2024-02-02T09:00:00.000Z",
    people: [],
    translations: {
      en: {
        title: "Searching the site in Russian and English",
        lead: "Type a word in any grammatical form: search finds the other forms too.",
        bodyHtml: paragraphs(
          "The site’s search covers all published materials in both of its languages.",
          "It takes word forms into account: a query for “operation” also finds “operations”, and in Russian a query for «миссия» also finds «Миссии» and «Миссией».",
          "In Russian texts the letters «е» and «ё» count as the same letter, so it does not matter which one you type.",
        ),
      },
      ru: {
        title: "Поиск по сайту на русском и английском языках",
        lead: "Запрос можно вводить в любой грамматической форме и не задумываться о букве «ё».",
        bodyHtml: paragraphs(
          "Поиск охватывает все опубликованные материалы на обоих языках сайта.",
          "Поиск учитывает формы слов: по запросу «миссия» найдутся также «Миссии» и «Миссией», а в английских текстах запрос operation найдет и operations.",
          "Буквы «е» и «ё» считаются одинаковыми, поэтому неважно, какую из них вы наберете.",
        ),
      },
    },
  },
  {
    key: "journalist-accreditation",
    sectionKey: "news_odkb",
    kind: "announcement",
    publishedAt: "2024-02-06T10:00:00.000Z",
    people: [],
    translations: {
      en: {
        title: "Accreditation of journalists to CSTO events: how it works",
        lead: "What media representatives need to know before applying to cover an event of the Organization.",
        bodyHtml: paragraphs(
          "Journalists who wish to cover CSTO events are accredited by the press centre. Accreditation is opened separately for each event.",
          "Accreditation notices are published on this site in advance. Each notice names the event, the deadline for applications and the information an application must contain.",
          "Please send your application before the deadline. The press centre will let applicants know the outcome.",
          "On the day of the event, accredited journalists should carry their press card and an identity document.",
        ),
      },
      ru: {
        title: "Порядок аккредитации журналистов на мероприятия ОДКБ",
        lead: "Что нужно знать представителям СМИ, прежде чем подавать заявку на освещение мероприятия Организации.",
        bodyHtml: paragraphs(
          "Аккредитацию журналистов для освещения мероприятий ОДКБ проводит пресс-центр. Аккредитация открывается отдельно на каждое мероприятие.",
          "Объявления об аккредитации заранее публикуются на сайте. В каждом из них указываются мероприятие, срок подачи заявок и сведения, которые необходимо привести в заявке.",
          "Просим направлять заявки в указанный срок. О результатах рассмотрения пресс-центр сообщит заявителям.",
          "В день мероприятия аккредитованным журналистам необходимо иметь при себе редакционное удостоверение и документ, удостоверяющий личность.",
        ),
      },
    },
  },
  {
    key: "new-website-questions-and-answers",
    sectionKey: "speech",
    kind: "interview",
    publishedAt: "2024-02-13T12:00:00.000Z",
    people: [],
    translations: {
      en: {
        title: "The CSTO press centre answers questions about its new website",
        lead: "What has changed for readers and journalists, and what has stayed the same.",
        bodyHtml: paragraphs(
          "Question: Why does the press centre need a new website?",
          "Answer: We wanted readers of both languages to find the same materials in one place, to make the archive easier to search, and to let journalists follow our news without checking the site every hour.",
          "Question: Will old links still work?",
          "Answer: Yes. Addresses of the old site remain valid and lead to the same materials.",
          "Question: In which languages are materials published?",
          "Answer: In Russian and English. You can switch between the two versions of any item.",
          "Question: How can I follow the news without visiting the site?",
          "Answer: Subscribe to one of our feeds: RSS, Atom or JSON Feed. A separate notice in the “CSTO news” section explains how.",
          "Question: How do I find an older item?",
          "Answer: Use the search, or browse the sections, where items are listed by date, newest first. Search understands different forms of a word in both Russian and English.",
        ),
      },
      ru: {
        title: "Пресс-центр ОДКБ отвечает на вопросы о новом сайте",
        lead: "Что изменилось для читателей и журналистов, а что осталось прежним.",
        bodyHtml: paragraphs(
          "Вопрос: Зачем пресс-центру новый сайт?",
          "Ответ: Мы хотели, чтобы читатели на обоих языках находили одни и те же материалы в одном месте, чтобы по архиву было удобнее искать, а журналисты могли следить за нашими новостями, не открывая сайт каждый час.",
          "Вопрос: Будут ли работать старые ссылки?",
          "Ответ: Да. Адреса прежнего сайта остаются действительными и ведут к тем же материалам.",
          "Вопрос: На каких языках публикуются материалы?",
          "Ответ: На русском и английском. Между двумя языковыми версиями любого материала можно переключаться.",
          "Вопрос: Как следить за новостями, не заходя на сайт?",
          "Ответ: Подпишитесь на одну из наших лент — RSS, Atom или JSON Feed. Как это сделать, рассказано в отдельном объявлении в разделе «Новости ОДКБ».",
          "Вопрос: Как найти материал прошлых лет?",
          "Ответ: Воспользуйтесь поиском или просмотрите разделы: материалы в них расположены по датам, от новых к более ранним. Поиск учитывает формы слов как в русском, так и в английском языке.",
        ),
      },
    },
  },
];
