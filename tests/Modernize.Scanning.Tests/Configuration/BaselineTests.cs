using Modernize.Analysis.Rules;
using Modernize.Model;
using Modernize.Model.Analysis;
using Modernize.Model.Rules;
using Modernize.Scanning.Configuration;
using Modernize.Testing;

namespace Modernize.Scanning.Tests.Configuration;

public sealed class BaselineTests
{
    [Fact]
    public void Saved_baselines_are_sorted_stable_and_read_back()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("nested", ".modernize-baseline.json");
        Violation[] violations = [V("b-rule", "X", "Y"), V("a-rule", "Z", "<T>\"q\""), V("a-rule", "A", "B")];

        BaselineFile.Save(path, violations);
        var text = File.ReadAllText(path);
        BaselineFile.Save(path, violations.Reverse());

        Assert.Equal(text, File.ReadAllText(path));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("\"to\": \"<T>\\\"q\\\"\"", text, StringComparison.Ordinal);
        var entries = BaselineFile.Load(path);
        Assert.Equal(["a-rule:A", "a-rule:Z", "b-rule:X"], entries.Select(e => e.RuleId + ":" + e.From));
        Assert.Equal(violations[1].Fingerprint, entries[1].Fingerprint);
    }

    [Fact]
    public void Comparison_splits_new_baselined_and_fixed()
    {
        var old = V("r", "A", "B");
        var gone = V("r", "C", "D");
        var added = V("r", "E", "F");
        var warning = V("r", "G", "H") with { Severity = Severity.Warning };
        var baseline = BaselineFile.Parse(BaselineFile.Serialize([old, gone]), "b.json");

        var comparison = Baseline.Compare([old, added], baseline);

        Assert.Equal([added], comparison.New);
        Assert.Equal([old], comparison.Baselined);
        Assert.Equal(gone.Fingerprint, Assert.Single(comparison.Fixed).Fingerprint);
        Assert.True(comparison.Failed);
        Assert.False(Baseline.Compare([old, warning], baseline).Failed);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "'version' and 'violations'")]
    [InlineData("{\"version\": 9, \"violations\": []}", "unsupported baseline version 9")]
    [InlineData("{\"version\": 1, \"violations\": [{\"rule\": \"r\"}]}", "violation #1 needs a text 'fingerprint'")]
    public void Malformed_baselines_are_bad_input(string json, string problem)
    {
        var error = Assert.Throws<InputException>(() => BaselineFile.Parse(json, "b.json"));

        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    private static Violation V(string rule, string from, string to) =>
        new(rule, "text", Severity.Error, from, to, "MethodCall", null, $"{from} -> {to}", Fingerprint.Of(rule, [from, to]));
}
