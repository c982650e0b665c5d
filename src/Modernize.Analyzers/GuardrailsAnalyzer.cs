using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Modernize.Analyzers.Guardrails;

namespace Modernize.Analyzers;

/// <summary>
/// Reports, at the line, every use of a type that the exported guardrails forbid: each simple name in the code is bound
/// to the type it denotes (or the type declaring the member it denotes) and judged against the rules of the type that
/// contains the use. With no guardrails file among the AdditionalFiles the analyzer does nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GuardrailsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticIds.CellUsesCell, DiagnosticIds.TissueUsesCell, DiagnosticIds.DeniedApi, DiagnosticIds.DependencyDenied, DiagnosticIds.UnreadableGuardrails);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var file = context.Options.AdditionalFiles.FirstOrDefault(f =>
            string.Equals(Path.GetFileName(f.Path), GuardrailSet.FileName, StringComparison.OrdinalIgnoreCase));
        if (file is null)
        {
            return;
        }

        var text = file.GetText(context.CancellationToken)?.ToString();
        GuardrailSet guardrails;
        try
        {
            guardrails = GuardrailCache.Parse(text ?? throw new FormatException("the file cannot be read"));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            var problem = ex.Message;
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(
                Diagnostic.Create(DiagnosticIds.UnreadableGuardrails, Location.None, file.Path, problem)));
            return;
        }

        if (guardrails.Rules.Count == 0)
        {
            return;
        }

        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.MSBuildProjectFullPath", out var projectFile);
        var session = new CompilationGuard(context.Compilation, guardrails, RelativeProjectPath(file.Path, projectFile));
        context.RegisterSyntaxNodeAction(session.AnalyzeName, SyntaxKind.IdentifierName, SyntaxKind.GenericName);
    }

    /// <summary>The project file relative to the guardrails file's folder (the scanned root, where export writes it).</summary>
    private static string? RelativeProjectPath(string guardrailsPath, string? projectFile)
    {
        if (string.IsNullOrEmpty(projectFile))
        {
            return null;
        }

        var root = Path.GetDirectoryName(Path.GetFullPath(guardrailsPath))!.Replace('\\', '/').TrimEnd('/') + "/";
        var project = Path.GetFullPath(projectFile).Replace('\\', '/');
        return project.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? project.Substring(root.Length) : null;
    }
}

/// <summary>Parsed guardrails by file text: the IDE starts a compilation per keystroke, the file rarely changes.</summary>
internal static class GuardrailCache
{
    private static readonly ConcurrentDictionary<string, GuardrailSet> Parsed = new(StringComparer.Ordinal);

    public static GuardrailSet Parse(string text)
    {
        if (Parsed.TryGetValue(text, out var set))
        {
            return set;
        }

        set = GuardrailSet.Parse(text);
        if (Parsed.Count > 8)
        {
            Parsed.Clear();
        }

        Parsed[text] = set;
        return set;
    }
}
