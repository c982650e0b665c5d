using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Modernize.Extraction.Metrics;
using Modernize.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Modernize.Extraction.Tests;

/// <summary>
/// Cost figures for docs/extraction.md, on a generated solution. Runs only with MODERNIZE_BENCH=1 (no timing is asserted):
/// <c>MODERNIZE_BENCH=1 dotnet test tests/Modernize.Extraction.Tests --filter ExtractionBenchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class ExtractionBenchmark(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Measure_walk_metrics_and_diagnostics()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("MODERNIZE_BENCH") == "1", "benchmark: set MODERNIZE_BENCH=1 to run it");

        var files = Enumerable.Range(0, 400).Select(i => ($"Big/File{i}.cs", GenerateFile(i))).ToList();
        var lines = files.Sum(f => f.Item2.Split('\n').Length);

        var solution = new TestSolution();
        solution.AddProject("Big", files);
        using var workspace = solution.Load();
        var watch = Stopwatch.StartNew();
        var graph = await TestSolution.ExtractAsync(workspace);
        var total = watch.Elapsed;

        var compilation = Fresh(files);
        watch.Restart();
        TypeMetricsCalculator.Compute(compilation, CancellationToken.None);
        var metrics = watch.Elapsed;

        compilation = Fresh(files);
        watch.Restart();
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var fullDiagnostics = watch.Elapsed;

        output.WriteLine($"{lines} lines, {graph.Types.Count} types, {graph.Dependencies.Count} dependencies, {errors} errors, {Environment.ProcessorCount} cores");
        output.WriteLine($"extract (walk + per-document diagnostics + metrics): {total.TotalSeconds:F1} s");
        output.WriteLine($"metrics alone on a fresh compilation: {metrics.TotalSeconds:F1} s");
        output.WriteLine($"full compilation.GetDiagnostics() on a fresh compilation: {fullDiagnostics.TotalSeconds:F1} s");
    }

    private static CSharpCompilation Fresh(IEnumerable<(string Path, string Text)> files) =>
        CSharpCompilation.Create("Big", files.Select(f => CSharpSyntaxTree.ParseText(f.Text, path: f.Path)), RuntimeReferences.Runtime, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>About 250 lines of ordinary business code: fields, properties, branches, loops, LINQ, calls into neighbouring files.</summary>
    private static string GenerateFile(int index)
    {
        var text = new StringBuilder();
        text.AppendLine("using System;\nusing System.Collections.Generic;\nusing System.Linq;");
        text.AppendLine(CultureInfo.InvariantCulture, $"namespace Big.Module{index % 20}\n{{");
        for (var type = 0; type < 5; type++)
        {
            var name = $"Service{index}_{type}";
            var neighbour = $"Big.Module{(index + 1) % 20}.Service{(index + 1) % 400}_{type}";
            text.AppendLine(CultureInfo.InvariantCulture, $"    public class {name}\n    {{");
            text.AppendLine(CultureInfo.InvariantCulture, $"        private readonly List<{neighbour}> items = new();\n        public int Count {{ get; set; }}");
            for (var method = 0; method < 4; method++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"        public int Run{method}(int value, string text)\n        {{");
                text.AppendLine("            var total = 0;\n            if (value > 10 && text.Length > 2) { total += value; } else { total -= 1; }");
                text.AppendLine("            for (var i = 0; i < value; i++) { total += i % 3 == 0 ? i : -i; }");
                text.AppendLine(CultureInfo.InvariantCulture, $"            total += items.Where(x => x.Count > value).Select(x => x.Count).Sum();");
                text.AppendLine(CultureInfo.InvariantCulture, $"            var other = new {neighbour}();\n            total += other.Run{method}(value - 1, text);");
                text.AppendLine("            try { total += int.Parse(text); } catch (FormatException) { total = -1; }");
                text.AppendLine("            return total;\n        }");
            }

            text.AppendLine("    }");
        }

        text.AppendLine("}");
        return text.ToString();
    }
}
