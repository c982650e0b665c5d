using System.Text.Json;
using Modernize.Model.Configuration;
using Modernize.Testing;

namespace Modernize.Model.Tests.Configuration;

/// <summary>The shared glob cases (tests/glob-cases.json), which the analyzer package's own glob passes too.</summary>
public class GlobCaseTests
{
    public static TheoryData<string, string, bool> Names() => Cases("names");

    public static TheoryData<string, string, bool> Paths() => Cases("paths");

    [Theory]
    [MemberData(nameof(Names))]
    public void Name_globs_follow_the_shared_cases(string pattern, string name, bool expected) =>
        Assert.Equal(expected, Glob.ForNames(pattern).IsMatch(name));

    [Theory]
    [MemberData(nameof(Paths))]
    public void Path_globs_follow_the_shared_cases(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Glob.ForPaths(pattern).IsMatch(path));

    [Fact]
    public void Namespace_containment_follows_the_shared_cases()
    {
        foreach (var item in Read().GetProperty("typeOrNamespace").EnumerateArray())
        {
            var pattern = item[0].GetString()!;
            Assert.True(
                item[3].GetBoolean() == Glob.ForNames(pattern).MatchesTypeOrNamespace(item[1].GetString()!, item[2].GetString()!),
                $"{pattern} on {item[1].GetString()}");
        }
    }

    private static TheoryData<string, string, bool> Cases(string kind)
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var item in Read().GetProperty(kind).EnumerateArray())
        {
            data.Add(item[0].GetString()!, item[1].GetString()!, item[2].GetBoolean());
        }

        return data;
    }

    private static JsonElement Read() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "glob-cases.json"))).RootElement.Clone();
}
