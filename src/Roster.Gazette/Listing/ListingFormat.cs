namespace Roster.Gazette.Listing;

/// <summary>How a <see cref="ListingRenderer"/> writes the personnel section (人事任免) of a gazette.</summary>
public enum ListingFormat
{
    /// <summary>Plain text as the gazette prints it: contents lines, then each notice in full.</summary>
    Text = 1,
    /// <summary>Markdown: the same text with headings and a contents list, for web pages.</summary>
    Markdown = 2,
    /// <summary>JSON: the contents lines and each notice's lines, for scripts.</summary>
    Json = 3,
}
