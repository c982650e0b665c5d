using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Modernize.Analyzers.Guardrails;

namespace Modernize.Analyzers;

/// <summary>The guardrails of one compilation, with the facts of each type computed once.</summary>
internal sealed class CompilationGuard
{
    private static readonly GuardrailRule[] NoRules = Array.Empty<GuardrailRule>();

    private readonly Compilation compilation;
    private readonly GuardrailSet guardrails;
    private readonly string? projectPath;
    private readonly ConcurrentDictionary<ITypeSymbol, TypeFacts> facts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, GuardrailRule[]> rulesOf = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> solutionAssemblies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(SyntaxTree Tree, int Line, string Target), byte> reported = new();

    public CompilationGuard(Compilation compilation, GuardrailSet guardrails, string? projectPath)
    {
        this.compilation = compilation;
        this.guardrails = guardrails;
        this.projectPath = projectPath;
    }

    public void AnalyzeName(SyntaxNodeAnalysisContext context)
    {
        if (context.Node is IdentifierNameSyntax { IsVar: true } || context.ContainingSymbol is null)
        {
            return;
        }

        var source = ContainingType(context.ContainingSymbol);
        if (source is null)
        {
            return;
        }

        // Most code is in no rule's scope: decide that before binding the name.
        var rules = rulesOf.GetOrAdd(source, s => ApplicableRules(FactsOf(s)));
        if (rules.Length == 0)
        {
            return;
        }

        var target = TargetOf(context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol);
        if (target is null || SymbolEqualityComparer.Default.Equals(target, source))
        {
            return;
        }

        var from = FactsOf(source);
        var to = FactsOf(target);
        foreach (var rule in rules)
        {
            if (rule.IsApiRule)
            {
                if (!to.InSolution && rule.DeniedApi(to) is { } glob)
                {
                    Report(context, DiagnosticIds.DeniedApi, rule, from, to, glob.Pattern);
                    return;
                }
            }
            else if (to.InSolution && rule.Forbids(from, to))
            {
                Report(context, DescriptorFor(from, to), rule, from, to, Describe(to));
                return;
            }
        }
    }

    private void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor descriptor, GuardrailRule rule, TypeFacts from, TypeFacts to, string targetNote)
    {
        var location = context.Node.GetLocation();
        var line = location.GetLineSpan().StartLinePosition.Line;
        if (!reported.TryAdd((context.Node.SyntaxTree, line, to.Id + "|" + rule.Id), 0))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            location,
            SeverityOf(rule),
            additionalLocations: null,
            properties: ImmutableDictionaryOf(rule.Id, from, to),
            messageArgs: new object[] { from.Id, Describe(from), to.Id, targetNote, rule.Id, rule.Text }));
    }

    private static System.Collections.Immutable.ImmutableDictionary<string, string?> ImmutableDictionaryOf(string ruleId, TypeFacts from, TypeFacts to) =>
        System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty
            .Add("RuleId", ruleId)
            .Add("FromCell", from.Element?.Name)
            .Add("ToCell", to.Element?.Name);

    private static DiagnosticDescriptor DescriptorFor(TypeFacts from, TypeFacts to) => (from.Element, to.Element) switch
    {
        ({ IsCell: true }, { IsCell: true }) => DiagnosticIds.CellUsesCell,
        ({ IsCell: false }, { IsCell: true }) => DiagnosticIds.TissueUsesCell,
        _ => DiagnosticIds.DependencyDenied,
    };

    private static string Describe(TypeFacts type) => type.Element?.Describe() ?? "no cell";

    private static DiagnosticSeverity SeverityOf(GuardrailRule rule) => rule.Severity switch
    {
        "warning" => DiagnosticSeverity.Warning,
        "info" => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Error,
    };

    private GuardrailRule[] ApplicableRules(TypeFacts source)
    {
        var applicable = guardrails.Rules.Where(rule => rule.AppliesTo(source)).ToArray();
        return applicable.Length == 0 ? NoRules : applicable;
    }

    private static INamedTypeSymbol? ContainingType(ISymbol symbol) =>
        symbol as INamedTypeSymbol ?? symbol.ContainingType;

    /// <summary>The type a name denotes, or the type declaring the member it denotes; null for namespaces, locals and the like.</summary>
    private static INamedTypeSymbol? TargetOf(ISymbol? symbol)
    {
        var type = symbol switch
        {
            IAliasSymbol alias => alias.Target as INamedTypeSymbol,
            INamedTypeSymbol named => named,
            IMethodSymbol method => (method.ReducedFrom ?? method).ContainingType,
            IPropertySymbol or IFieldSymbol or IEventSymbol => symbol.ContainingType,
            _ => null,
        };
        return type is null || type.TypeKind == TypeKind.Error ? null : type.OriginalDefinition;
    }

    private TypeFacts FactsOf(ITypeSymbol type) => facts.GetOrAdd(type.OriginalDefinition, t =>
    {
        var named = (INamedTypeSymbol)t;
        var id = IdOf(named);
        var ns = named.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        var own = SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, compilation.Assembly);
        var element = ProductMap.ElementOf(guardrails.Elements, id, ns, own ? projectPath : null);
        return new TypeFacts(id, ns, element, own || element is not null || IsSolutionAssembly(named.ContainingAssembly));
    });

    /// <summary>
    /// Whether a referenced assembly is another project of the solution rather than the framework or a package: the IDE
    /// passes projects as compilation references, the command-line build as files under a project's bin/ or obj/.
    /// </summary>
    private bool IsSolutionAssembly(IAssemblySymbol? assembly) => assembly is not null && solutionAssemblies.GetOrAdd(assembly, a =>
    {
        var reference = compilation.GetMetadataReference(a);
        if (reference is CompilationReference)
        {
            return true;
        }

        var path = (reference as PortableExecutableReference)?.FilePath?.Replace('\\', '/');
        if (string.IsNullOrEmpty(path) || path!.IndexOf("/packages/", StringComparison.OrdinalIgnoreCase) >= 0
            || path.IndexOf("/packs/", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        return path.IndexOf("/obj/", StringComparison.OrdinalIgnoreCase) >= 0 || path.IndexOf("/bin/", StringComparison.OrdinalIgnoreCase) >= 0;
    });

    /// <summary>Modernize's type id: namespace-qualified, nested types joined by '.', generic arity as <c>`1</c>.</summary>
    private static string IdOf(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            parts.Add(current.MetadataName);
        }

        parts.Reverse();
        var builder = new StringBuilder();
        if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        return builder.Append(string.Join(".", parts)).ToString();
    }
}
