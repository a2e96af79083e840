namespace Roster.Gazette;

/// <summary>The messages of <see cref="GazetteDiagnostic"/>; tests and callers compare against these constants.</summary>
public static class GazetteMessages
{
    /// <summary>A line of the notice body that is neither a heading, a decision, an item nor boilerplate.</summary>
    public const string NotAnItem = "not an item: expected 'X为<post>' after 任命 or 'X的<post>职务' after 免去";

    /// <summary>An appointment form under 免去, or a removal form under 任命 (or with no heading).</summary>
    public const string ItemAgainstHeading = "the item's form does not fit its heading (任命: X为<post>; 免去: X的<post>职务)";

    /// <summary>The post does not split into an organisation and a title by the organisation-kind table.</summary>
    public const string UnknownPost = "the post does not end in a title of a known kind of organisation";

    /// <summary>The item splits into a person and a post in more than one way and the parser will not guess.</summary>
    public const string AmbiguousItem = "the item splits into a person and a post in more than one way";

    /// <summary>The person's name is empty, too long, or holds characters no name has.</summary>
    public const string BadPerson = "the person's name is not readable";

    /// <summary>A remark in parentheses after an item that the parser does not read (kept as the item's note).</summary>
    public const string UnknownRemark = "the remark in parentheses is not one the parser reads; kept as the item's note";

    /// <summary>A line that starts like a decision (经…决定) without a deciding body and date the parser reads.</summary>
    public const string DecisionNotRead = "the decision line names no deciding body and date the parser reads";

    /// <summary>A line too long to be an item or a decision.</summary>
    public const string TooLong = "the line is too long to be an item or a decision";

    /// <summary>The notice has no items.</summary>
    public const string NoItems = "the notice has no items";

    /// <summary>No issue date (成文日期) line closes the notice.</summary>
    public const string NoIssueDate = "no issue date line (2022年1月13日) closes the notice";

    /// <summary>No issuing office in the heading or the signature.</summary>
    public const string NoIssuer = "no issuing office in the heading or the signature";

    /// <summary>A correction notice (更正, or a 撤销 that does not name exactly one order): recorded as a draft with this
    /// diagnostic, never as new appointments. A revocation naming exactly one order is read as a correcting order instead.</summary>
    public const string Correction = "a correction notice (更正): it amends an earlier order; held as a draft, not read as new appointments";

    /// <summary>A line that holds two table columns side by side (separated by a tab or a wide gap), as PDF extraction flattens tables.</summary>
    public const string TableColumns = "two table columns flattened into one line; not read, check the printed table";

    /// <summary>The printed title names another first person, count or kind than the items read.</summary>
    public const string TitleDisagreesWithItems = "the title names another first person, count or kind of change than the items read";

    /// <summary>The document prints no document number (a people's congress decision, a notice reposted without it):
    /// an order cannot be recorded without one, so it is held as a draft.</summary>
    public const string NoDocumentNumber = "the document prints no document number; an order needs one to be recorded";

    /// <summary>A proposal (议案, 提请…审议): it proposes appointments for a body to decide; read, but held as a draft.</summary>
    public const string Proposal = "a proposal (议案, 提请): it proposes rather than decides; held as a draft";

    /// <summary>Items quoted in a news report: read from the report, not from the document; held as a draft.</summary>
    public const string ReadFromReport = "items quoted in a news report, not read from the document itself; held as a draft";

    /// <summary>The same document printed a second time in the text; read once.</summary>
    public const string PrintedTwice = "the same document is printed again here; read once";

    /// <summary>No date under the signature; the date the page was posted (发布时间) stands in for it.</summary>
    public const string RepostDateUsed = "no date under the signature: the date the page was posted is used instead";

    /// <summary>The text ends inside the list: the last item has no terminator and no signature or date follows.</summary>
    public const string CutOff = "the text is cut off here: the last item is incomplete and is not read";

    /// <summary>A file with no personnel wording at all.</summary>
    public const string NoPersonnelDocument = "no personnel document found";

    /// <summary>Personnel wording (任命, 免去, 任免…) outside every document read: those lines were not read.</summary>
    public const string PersonnelWordingNotRead = "personnel wording at these lines was not read";
}
