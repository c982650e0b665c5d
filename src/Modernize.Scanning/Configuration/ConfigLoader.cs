using System.Text.RegularExpressions;
using Modernize.Model;
using Modernize.Model.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Modernize.Scanning.Configuration;

/// <summary>
/// Reads <c>modernize.yml</c> (docs/configuration.md) strictly: unknown keys, wrong types, bad globs, undeclared
/// cells or teams, duplicates and YAML errors are <see cref="InputException"/>s naming the file and line.
/// </summary>
public static partial class ConfigLoader
{
    /// <summary>File names looked for in the scanned folder, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["modernize.yml", "modernize.yaml", ".modernize.yml"];

    private static readonly string[] TopKeys = ["version", "cells", "tissue", "teams", "rules", "thresholds", "proposal", "history"];

    /// <summary>Reads the file at <paramref name="path"/>; a missing file is bad input.</summary>
    public static ModernizeConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(path, "file not found");
        }

        if (info.Length > YamlSafety.MaxCharacters * 4L)
        {
            throw new InputException(path, $"line 1: the file has {info.Length} bytes; modernize.yml is limited to {YamlSafety.MaxCharacters} characters");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>
    /// The configuration for a scan: <paramref name="explicitMapPath"/> when given (it must exist), else the first of
    /// <see cref="FileNames"/> in <paramref name="scannedRoot"/> (or beside it, when it is a solution or project file);
    /// null when there is none, and then <see cref="ModernizeConfig.Default"/> applies.
    /// </summary>
    public static ModernizeConfig? FindAndLoad(string scannedRoot, string? explicitMapPath)
    {
        ArgumentNullException.ThrowIfNull(scannedRoot);
        if (explicitMapPath is not null)
        {
            return Load(explicitMapPath);
        }

        var folder = Directory.Exists(scannedRoot) ? scannedRoot : Path.GetDirectoryName(Path.GetFullPath(scannedRoot));
        if (folder is null)
        {
            return null;
        }

        var found = FileNames.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
        return found is null ? null : Load(found);
    }

    /// <summary>Reads modernize.yml text; <paramref name="fileName"/> is used in messages and kept as <see cref="ModernizeConfig.SourceFile"/>.</summary>
    public static ModernizeConfig Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var defaults = ModernizeConfig.Default with { SourceFile = fileName };
        var stream = new YamlStream();
        try
        {
            YamlSafety.Check(yaml, fileName);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new InputException(fileName, $"line {ex.Start.Line}: {CleanMessage(ex)}");
        }

        if (stream.Documents.Count == 0 || YamlReadContext.IsNull(stream.Documents[0].RootNode))
        {
            return defaults;
        }

        var context = new YamlReadContext(fileName);
        var sections = context.Mapping(stream.Documents[0].RootNode, "modernize.yml", TopKeys);
        YamlNode? Section(string key) => sections.TryGetValue(key, out var entry) ? entry.Value : null;

        var version = Section("version") is { } versionNode ? context.Integer(versionNode, "version", int.MinValue, int.MaxValue) : 1;
        if (version != 1)
        {
            throw context.Error(Section("version")!, $"unsupported version {version}; this Modernize reads version 1");
        }

        var teams = Section("teams") is { } teamsNode ? ProductMapReader.ReadTeams(context, teamsNode) : [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var cells = Section("cells") is { } cellsNode ? ProductMapReader.ReadElements(context, cellsNode, "cells", teams, names) : [];
        var tissue = Section("tissue") is { } tissueNode ? ProductMapReader.ReadElements(context, tissueNode, "tissue", teams, names) : [];
        var config = defaults with
        {
            Version = version,
            Teams = teams,
            Cells = cells,
            Tissue = tissue,
            Thresholds = Section("thresholds") is { } t ? SettingsReader.ReadThresholds(context, t) : defaults.Thresholds,
            Proposal = Section("proposal") is { } p ? SettingsReader.ReadProposal(context, p) : defaults.Proposal,
            History = Section("history") is { } h ? SettingsReader.ReadHistory(context, h) : defaults.History,
        };

        return Section("rules") is { } rulesNode ? config with { Rules = RulesReader.Read(context, rulesNode, config) } : config;
    }

    /// <summary>YamlDotNet prefixes its messages with the position, which the line number already gives.</summary>
    private static string CleanMessage(YamlException ex)
    {
        var message = PositionPrefix().Replace(ex.Message, string.Empty);
        var inner = ex.InnerException?.Message;
        return inner is null || message.Contains(inner, StringComparison.Ordinal) ? message : $"{message} ({inner})";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
