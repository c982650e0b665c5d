using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.VisualBasic;

namespace Modernize.Loading.ModelCache;

/// <summary>
/// A project's parse and compilation options as plain values (Roslyn has no public serializer for them): everything that can
/// change binding, diagnostics or names. Resolvers are not stored: they are set again as MSBuildWorkspace sets them.
/// </summary>
public sealed record OptionsModel(
    string LanguageVersion,
    string DocumentationMode,
    IReadOnlyDictionary<string, string> PreprocessorSymbols,
    IReadOnlyDictionary<string, string> Features,
    string OutputKind,
    string? ModuleName,
    string? MainTypeName,
    string? ScriptClassName,
    string OptimizationLevel,
    bool CheckOverflow,
    string? CryptoKeyContainer,
    string? CryptoKeyFile,
    string CryptoPublicKey,
    bool? DelaySign,
    bool PublicSign,
    string Platform,
    string GeneralDiagnosticOption,
    int WarningLevel,
    IReadOnlyDictionary<string, string> SpecificDiagnosticOptions,
    bool ConcurrentBuild,
    bool Deterministic,
    bool ReportSuppressedDiagnostics,
    bool DesktopIdentityComparer,
    CSharpOptionsModel? CSharp,
    VisualBasicOptionsModel? VisualBasic)
{
    public static OptionsModel? From(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var compilation = project.CompilationOptions;
        // Roslyn keeps a symbol defined twice (ILSpy's DEBUG, from its Directory.Build.props and its project file).
        var (version, documentation, symbols, features) = project.ParseOptions switch
        {
            CSharpParseOptions cs => (cs.SpecifiedLanguageVersion.ToString(), cs.DocumentationMode.ToString(), cs.PreprocessorSymbolNames.Distinct(StringComparer.Ordinal).ToDictionary(s => s, _ => "True", StringComparer.Ordinal), cs.Features),
            VisualBasicParseOptions vb => (vb.SpecifiedLanguageVersion.ToString(), vb.DocumentationMode.ToString(), VisualBasicSymbols(vb), vb.Features),
            _ => default,
        };
        if (compilation is null || version is null)
        {
            return null;
        }

        return new OptionsModel(
            version,
            documentation,
            symbols,
            features.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
            compilation.OutputKind.ToString(),
            compilation.ModuleName,
            compilation.MainTypeName,
            compilation.ScriptClassName,
            compilation.OptimizationLevel.ToString(),
            compilation.CheckOverflow,
            compilation.CryptoKeyContainer,
            compilation.CryptoKeyFile,
            Convert.ToBase64String(compilation.CryptoPublicKey.AsSpan()),
            compilation.DelaySign,
            compilation.PublicSign,
            compilation.Platform.ToString(),
            compilation.GeneralDiagnosticOption.ToString(),
            compilation.WarningLevel,
            compilation.SpecificDiagnosticOptions.ToDictionary(o => o.Key, o => o.Value.ToString(), StringComparer.Ordinal),
            compilation.ConcurrentBuild,
            compilation.Deterministic,
            compilation.ReportSuppressedDiagnostics,
            compilation.AssemblyIdentityComparer is DesktopAssemblyIdentityComparer,
            compilation is CSharpCompilationOptions cs2 ? new CSharpOptionsModel(cs2.AllowUnsafe, cs2.NullableContextOptions.ToString(), cs2.Usings) : null,
            compilation is VisualBasicCompilationOptions vb2
                ? new VisualBasicOptionsModel(vb2.RootNamespace, vb2.OptionStrict.ToString(), vb2.OptionInfer, vb2.OptionExplicit, vb2.OptionCompareText, vb2.EmbedVbCoreRuntime, vb2.GlobalImports.Select(i => i.Name).ToList(), VisualBasicSymbols(vb2.ParseOptions))
                : null);
    }

    public ParseOptions ToParseOptions(string language) => language == LanguageNames.VisualBasic
        ? ToVisualBasicParseOptions(PreprocessorSymbols)
        : new CSharpParseOptions(Enum.Parse<Microsoft.CodeAnalysis.CSharp.LanguageVersion>(LanguageVersion), Enum.Parse<DocumentationMode>(DocumentationMode), SourceCodeKind.Regular, PreprocessorSymbols.Keys)
            .WithFeatures(Features);

    public CompilationOptions ToCompilationOptions(string language, string projectDirectory)
    {
        CompilationOptions options = language == LanguageNames.VisualBasic
            ? new VisualBasicCompilationOptions(Enum.Parse<OutputKind>(OutputKind))
                .WithRootNamespace(VisualBasic!.RootNamespace)
                .WithOptionStrict(Enum.Parse<OptionStrict>(VisualBasic.OptionStrict))
                .WithOptionInfer(VisualBasic.OptionInfer)
                .WithOptionExplicit(VisualBasic.OptionExplicit)
                .WithOptionCompareText(VisualBasic.OptionCompareText)
                .WithEmbedVbCoreRuntime(VisualBasic.EmbedVbCoreRuntime)
                .WithGlobalImports(VisualBasic.GlobalImports.Select(GlobalImport.Parse))
                .WithParseOptions(ToVisualBasicParseOptions(VisualBasic.ParseSymbols))
            : new CSharpCompilationOptions(Enum.Parse<OutputKind>(OutputKind))
                .WithAllowUnsafe(CSharp!.AllowUnsafe)
                .WithNullableContextOptions(Enum.Parse<NullableContextOptions>(CSharp.Nullable))
                .WithUsings(CSharp.Usings);
        options = options
            .WithModuleName(ModuleName)
            .WithMainTypeName(MainTypeName)
            .WithScriptClassName(ScriptClassName ?? "Script")
            .WithOptimizationLevel(Enum.Parse<OptimizationLevel>(OptimizationLevel))
            .WithOverflowChecks(CheckOverflow)
            .WithCryptoKeyContainer(CryptoKeyContainer)
            .WithCryptoKeyFile(CryptoKeyFile)
            .WithCryptoPublicKey([.. Convert.FromBase64String(CryptoPublicKey)])
            .WithDelaySign(DelaySign)
            .WithPublicSign(PublicSign)
            .WithPlatform(Enum.Parse<Platform>(Platform))
            .WithGeneralDiagnosticOption(Enum.Parse<ReportDiagnostic>(GeneralDiagnosticOption))
            .WithSpecificDiagnosticOptions(SpecificDiagnosticOptions.Select(o => KeyValuePair.Create(o.Key, Enum.Parse<ReportDiagnostic>(o.Value))))
            .WithConcurrentBuild(ConcurrentBuild)
            .WithDeterministic(Deterministic)
            .WithReportSuppressedDiagnostics(ReportSuppressedDiagnostics)
            .WithXmlReferenceResolver(new XmlFileResolver(projectDirectory))
            .WithSourceReferenceResolver(new SourceFileResolver([], projectDirectory))
            .WithStrongNameProvider(new DesktopStrongNameProvider());
        if (DesktopIdentityComparer)
        {
            options = options.WithAssemblyIdentityComparer(DesktopAssemblyIdentityComparer.Default);
        }

        return options is CSharpCompilationOptions csharp ? csharp.WithWarningLevel(WarningLevel) : options;
    }

    private static Dictionary<string, string> VisualBasicSymbols(VisualBasicParseOptions options) =>
        options.PreprocessorSymbols.GroupBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Symbol(g.Last().Value), StringComparer.Ordinal);

    /// <summary>VB symbol values are booleans, numbers or strings: the type is kept in a one-letter prefix.</summary>
    private static string Symbol(object? value) => value switch
    {
        bool b => "b" + (b ? "1" : "0"),
        int i => "i" + i.ToString(CultureInfo.InvariantCulture),
        long l => "l" + l.ToString(CultureInfo.InvariantCulture),
        double d => "d" + d.ToString("R", CultureInfo.InvariantCulture),
        null => "n",
        _ => "s" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static object? Value(string symbol) => symbol[0] switch
    {
        'b' => symbol[1] == '1',
        'i' => int.Parse(symbol.AsSpan(1), CultureInfo.InvariantCulture),
        'l' => long.Parse(symbol.AsSpan(1), CultureInfo.InvariantCulture),
        'd' => double.Parse(symbol.AsSpan(1), CultureInfo.InvariantCulture),
        'n' => null,
        _ => symbol[1..],
    };

    private VisualBasicParseOptions ToVisualBasicParseOptions(IReadOnlyDictionary<string, string> symbols) =>
        new VisualBasicParseOptions(
                Enum.Parse<Microsoft.CodeAnalysis.VisualBasic.LanguageVersion>(LanguageVersion),
                Enum.Parse<DocumentationMode>(DocumentationMode),
                SourceCodeKind.Regular,
                symbols.Select(s => KeyValuePair.Create(s.Key, Value(s.Value)!)))
            .WithFeatures(Features);
}

public sealed record CSharpOptionsModel(bool AllowUnsafe, string Nullable, IReadOnlyList<string> Usings);

/// <param name="ParseSymbols">The preprocessor symbols of the compilation's own parse options (they drive the embedded My template).</param>
public sealed record VisualBasicOptionsModel(
    string? RootNamespace,
    string OptionStrict,
    bool OptionInfer,
    bool OptionExplicit,
    bool OptionCompareText,
    bool EmbedVbCoreRuntime,
    IReadOnlyList<string> GlobalImports,
    IReadOnlyDictionary<string, string> ParseSymbols);
