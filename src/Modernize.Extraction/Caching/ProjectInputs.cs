using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.VisualBasic;
using Modernize.Extraction.Collecting;

namespace Modernize.Extraction.Caching;

/// <summary>
/// Hash of everything besides a document's own text that can change what its walk finds: the extractor's version, the project's
/// parse and compilation options, its metadata references (module version ids) and analyzer references (path, size, time), its
/// .editorconfig files (content), the surfaces
/// of all its documents (<see cref="DocumentSurface"/>), and the same key of every project it references. A body edit therefore
/// re-walks one document; a signature edit re-walks its project and every project that depends on it.
/// </summary>
internal static class ProjectInputs
{
    public static async Task<string> KeyAsync(Project project, IEnumerable<(string Path, string Surface)> documents, IEnumerable<string> referencedKeys, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        Line(text, "format", CachedDocument.FormatVersion);
        Line(text, "extractor", typeof(ProjectInputs).Assembly.ManifestModule.ModuleVersionId.ToString());
        Line(text, "language", project.Language);
        Options(text, project.ParseOptions);
        Options(text, project.CompilationOptions);
        foreach (var reference in project.MetadataReferences.Select(Describe).Order(StringComparer.Ordinal))
        {
            Line(text, "metadata", reference);
        }

        foreach (var analyzer in project.AnalyzerReferences.Select(a => FileStamp(a.FullPath)).Order(StringComparer.Ordinal))
        {
            Line(text, "analyzer", analyzer);
        }

        // By content: MSBuild generates one .editorconfig per project into the (per-scan) scratch obj/ folder.
        var configs = new List<string>();
        foreach (var config in project.AnalyzerConfigDocuments)
        {
            configs.Add(Path.GetFileName(config.FilePath) + " " + TextHash.Sha256(await config.GetTextAsync(cancellationToken).ConfigureAwait(false)));
        }

        foreach (var config in configs.Order(StringComparer.Ordinal))
        {
            Line(text, "editorconfig", config);
        }

        foreach (var key in referencedKeys.Order(StringComparer.Ordinal))
        {
            Line(text, "references", key);
        }

        foreach (var (path, surface) in documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            Line(text, "document", path + " " + surface);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Options(StringBuilder text, ParseOptions? options)
    {
        switch (options)
        {
            case CSharpParseOptions csharp:
                Line(text, "parse", $"{csharp.LanguageVersion} {csharp.Kind} {string.Join(';', csharp.PreprocessorSymbolNames.Order(StringComparer.Ordinal))}");
                break;
            case VisualBasicParseOptions vb:
                Line(text, "parse", $"{vb.LanguageVersion} {vb.Kind} {string.Join(';', vb.PreprocessorSymbols.Select(s => s.Key + "=" + s.Value).Order(StringComparer.Ordinal))}");
                break;
            case not null:
                Line(text, "parse", options.ToString() ?? string.Empty);
                break;
        }
    }

    private static void Options(StringBuilder text, CompilationOptions? options)
    {
        if (options is null)
        {
            return;
        }

        Line(text, "compilation", $"{options.OutputKind} {options.Platform} {options.GeneralDiagnosticOption} {options.CheckOverflow}");
        foreach (var (id, report) in options.SpecificDiagnosticOptions.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Line(text, "diagnostic", $"{id}={report}");
        }

        switch (options)
        {
            case CSharpCompilationOptions csharp:
                Line(text, "csharp", $"{csharp.NullableContextOptions} {csharp.AllowUnsafe} {string.Join(';', csharp.Usings)}");
                break;
            case VisualBasicCompilationOptions vb:
                Line(text, "vb", $"{vb.RootNamespace} {vb.OptionStrict} {vb.OptionInfer} {vb.OptionExplicit} {vb.OptionCompareText} {vb.EmbedVbCoreRuntime}");
                foreach (var import in vb.GlobalImports.Select(i => i.Name).Order(StringComparer.Ordinal))
                {
                    Line(text, "import", import);
                }

                Options(text, vb.ParseOptions);
                break;
        }
    }

    /// <summary>
    /// A reference by its module version ids (what the compiler sees), not its path: .NET Framework reference assemblies are
    /// linked from a per-scan scratch folder, so their paths change on every scan.
    /// </summary>
    private static string Describe(MetadataReference reference)
    {
        var properties = $"{string.Join(',', reference.Properties.Aliases)} {reference.Properties.EmbedInteropTypes}";
        var identity = reference.Display ?? string.Empty;
        if (reference is PortableExecutableReference portable)
        {
            try
            {
                identity = portable.GetMetadata() switch
                {
                    AssemblyMetadata assembly => string.Join(',', assembly.GetModules().Select(m => m.GetModuleVersionId())),
                    ModuleMetadata module => module.GetModuleVersionId().ToString(),
                    _ => FileStamp(portable.FilePath),
                };
            }
            catch (Exception ex) when (ex is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                identity = FileStamp(portable.FilePath); // the compiler will not read it either
            }
        }

        return identity + " " + properties;
    }


    /// <summary>Path, size and write time: enough to notice a changed assembly without reading it.</summary>
    private static string FileStamp(string? path)
    {
        if (path is null)
        {
            return "(no path)";
        }

        var file = new FileInfo(path);
        return file.Exists
            ? string.Create(CultureInfo.InvariantCulture, $"{path} {file.Length} {file.LastWriteTimeUtc.Ticks}")
            : path + " (missing)";
    }

    private static void Line(StringBuilder text, string name, string value) =>
        text.Append(name).Append(' ').Append(value).Append('\n');
}
