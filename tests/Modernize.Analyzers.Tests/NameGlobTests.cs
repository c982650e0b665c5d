using System.Text.Json;
using Modernize.Analyzers.Guardrails;
using Modernize.Testing;

namespace Modernize.Analyzers.Tests;

/// <summary>The analyzer's own glob against the shared cases (tests/glob-cases.json) that Modernize.Model's Glob passes too.</summary>
public class NameGlobTests
{
    [Fact]
    public void Every_shared_case_holds()
    {
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "glob-cases.json"))).RootElement;
        var count = 0;
        foreach (var item in root.GetProperty("names").EnumerateArray())
        {
            Assert.True(item[2].GetBoolean() == NameGlob.ForNames(item[0].GetString()!).IsMatch(item[1].GetString()!), $"names: {item}");
            count++;
        }

        foreach (var item in root.GetProperty("paths").EnumerateArray())
        {
            Assert.True(item[2].GetBoolean() == NameGlob.ForPaths(item[0].GetString()!).IsMatch(item[1].GetString()!), $"paths: {item}");
            count++;
        }

        foreach (var item in root.GetProperty("typeOrNamespace").EnumerateArray())
        {
            Assert.True(
                item[3].GetBoolean() == NameGlob.ForNames(item[0].GetString()!).MatchesTypeOrNamespace(item[1].GetString()!, item[2].GetString()!),
                $"typeOrNamespace: {item}");
            count++;
        }

        Assert.True(count > 20, "the shared cases were not read");
    }
}
