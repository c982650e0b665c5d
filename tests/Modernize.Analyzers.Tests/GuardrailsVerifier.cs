using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Modernize.Analyzers.Tests;

/// <summary>Runs the analyzer over sources with a guardrails file among the AdditionalFiles, as a referencing project would.</summary>
internal static class GuardrailsVerifier
{
    public const string ShopMap = """
        "elements": [
          { "name": "Catalog", "kind": "cell", "owner": "team-catalog", "include": ["Shop.Catalog.**"] },
          { "name": "Ordering", "kind": "cell", "owner": "team-checkout", "include": ["Shop.Ordering.**", "Shop.Web.OrderController"] },
          { "name": "Platform", "kind": "tissue", "include": ["Shop.Common.**"] }
        ]
        """;

    public static async Task VerifyAsync(string? guardrails, string source, DiagnosticResult[] expected, string? editorconfig = null, params string[] moreSources)
    {
        var test = new CSharpAnalyzerTest<GuardrailsAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.NetStandard.NetStandard20,
            TestCode = source,
        };
        foreach (var more in moreSources)
        {
            test.TestState.Sources.Add(more);
        }

        if (guardrails is not null)
        {
            test.TestState.AdditionalFiles.Add(("/repo/modernize.guardrails.json", guardrails));
        }

        if (editorconfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + editorconfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>A guardrails file (format 1) with the shop's product map and the given rules (a JSON array's items).</summary>
    public static string GuardrailsFile(string rules) => "{ \"format\": 1, " + ShopMap + ", \"rules\": [" + rules + "] }";
}
