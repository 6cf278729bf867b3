using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

/// <summary>
/// Data-driven run over the torture corpus (categories of RFC 4475 and RFC 5118, messages written for this
/// project): every valid file parses and round-trips; every invalid file earns exactly the error and status
/// listed in Corpus/expected.txt.
/// </summary>
public class SipTortureCorpusTests
{
    private static readonly HashSet<string> SupportedExtensions = ["100rel", "replaces", "timer"];

    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(CorpusDirectory, "valid"), "*.sip").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static TheoryData<string, string, int, bool> InvalidFiles()
    {
        var data = new TheoryData<string, string, int, bool>();
        foreach (var entry in ReadExpectations())
        {
            data.Add(entry.File, entry.Error, entry.Status, entry.Policy);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void ValidFile_ParsesRoundTripsAndPassesPolicy(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, "valid", file));

        var result = SipMessageParser.Parse(bytes);

        Assert.True(result.Success, $"{file}: {result.Error}");
        var serialized = result.Message!.ToBytes();
        var reparsed = SipMessageParser.Parse(serialized);
        Assert.True(reparsed.Success, $"{file} re-parse: {reparsed.Error}");
        Assert.True(SipMessageEquivalence.AreEquivalent(result.Message, reparsed.Message!), file);
        Assert.Equal(serialized, reparsed.Message!.ToBytes());
        if (result.Message is SipRequest request)
        {
            Assert.Equal(SipError.None, SipMessageValidator.CheckPolicy(request, SupportedExtensions, []));
        }
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void InvalidFile_YieldsExactlyTheExpectedErrorAndStatus(string file, string expectedError, int expectedStatus, bool policy)
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, "invalid", file));
        var expected = Enum.Parse<SipError>(expectedError);

        var result = SipMessageParser.Parse(bytes);
        var error = result.Error;
        if (policy)
        {
            Assert.True(result.Success, $"{file} must parse before the policy check: {result.Error}");
            error = SipMessageValidator.CheckPolicy(Assert.IsType<SipRequest>(result.Message), SupportedExtensions, []);
        }

        Assert.Equal(expected, error);
        Assert.Equal(expectedStatus, SipErrorTable.StatusOf(error));
    }

    [Fact]
    public void Corpus_IndexAndFiles_MatchOneToOneWithEnoughCases()
    {
        var listed = ReadExpectations().Select(e => e.File).Order(StringComparer.Ordinal).ToList();
        var onDisk = Directory.GetFiles(Path.Combine(CorpusDirectory, "invalid"), "*.sip")
            .Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk, listed);
        Assert.True(listed.Count >= 35, $"only {listed.Count} invalid messages");
        Assert.True(ValidFiles().Count >= 35, "fewer than 35 valid messages");
    }

    [Fact]
    public void Corpus_PolicyRequireCase_ListsOnlyTheUnknownTag()
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, "invalid", "require-unsupported-extension.sip"));
        var unsupported = new List<string>();

        var error = SipMessageValidator.CheckPolicy((SipRequest)SipMessageParser.Parse(bytes).Message!, SupportedExtensions, unsupported);

        Assert.Equal(SipError.BadExtension, error);
        Assert.Equal(["x-teleport"], unsupported);
    }

    private static IEnumerable<(string File, string Error, int Status, bool Policy)> ReadExpectations()
    {
        foreach (var line in File.ReadLines(Path.Combine(CorpusDirectory, "expected.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return (parts[0], parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts.Length > 3 && parts[3] == "policy");
        }
    }
}
