using System.Text;

namespace Voice.Gateway.Rest.Problems;

/// <summary>
/// Turns a grain's PascalCase refusal code into a problem <c>type</c> slug and a title ("NotAParty" → "not-a-party",
/// "Not a party"), so a code the gateway has no entry for (a grain newer than this node) still gets a stable type.
/// </summary>
internal static class ProblemSlugs
{
    public static string Slug(string code) => string.Join('-', Words(code)).ToLowerInvariant();

    public static string Title(string code)
    {
        var words = Words(code);
        if (words.Count == 0)
        {
            return code;
        }

        var title = string.Join(' ', words).ToLowerInvariant();
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    private static List<string> Words(string code)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush(words, word);
                continue;
            }

            // A new word starts at an upper-case letter after a lower-case one, or before a lower-case one ("AParty").
            var startsWord = char.IsAsciiLetterUpper(c) && word.Length > 0
                && (char.IsAsciiLetterLower(code[i - 1]) || (i + 1 < code.Length && char.IsAsciiLetterLower(code[i + 1])));
            if (startsWord)
            {
                Flush(words, word);
            }

            word.Append(c);
        }

        Flush(words, word);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
