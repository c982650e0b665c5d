using Modernize.Model.Configuration;
using YamlDotNet.RepresentationModel;

namespace Modernize.Scanning.Configuration;

/// <summary>Reads the <c>thresholds</c>, <c>proposal</c> and <c>history</c> sections over their defaults.</summary>
internal static class SettingsReader
{
    private static readonly string[] ThresholdKeys =
    [
        "classCoupling", "cyclomaticComplexity", "distance", "godClassLines", "godClassMethods", "godClassCoupling",
        "godComponentTypes", "godComponentLines", "hubDegree", "denseStructureDensity", "crossCellChangeRatio",
    ];

    private static readonly string[] RatioKeys = ["max", "window"];
    private static readonly string[] ProposalKeys = ["seed", "resolution", "weights", "exclude", "maxCells", "maxCellShare", "minCellSize", "modules", "tissue", "platform", "resolutions", "subCells"];
    private static readonly string[] ModuleKeys = ["registrationOwnShare", "kernelUserShare", "kernelWords", "sliceMinDomainWords", "sliceDomainShare", "sameDomainNounShare"];
    private static readonly string[] TissueKeys =
    [
        "minDependents", "minCellsSpanned", "cellsSpannedShare", "minForeignInboundShare", "minForeignInboundShareWithHint",
        "maxDomainFanOutShare", "minPartInboundShare", "unitMinTypes", "unitMinDependents", "unitMinSelfContained",
        "unitMinSelfContainedWithHint", "unitMaxDomainFanOutShare", "unitMaxDomainFanOutShareWithHint", "maxNamedUseShare", "unitMaxNamedUseShare", "unitMaxNamedUseShareUnclustered",
    ];

    private static readonly string[] SubCellKeys = ["minTeamsInCell", "resolution", "minModularity", "maxCrossingShare", "maxSubCells"];
    private static readonly string[] PlatformKeys = ["maxDomainFanOutShare", "minTypes", "minDependents", "minCellsSpanned", "cellsSpannedShare", "rootMinNamespaces", "words"];
    private static readonly string[] WeightKeys = ["structure", "changeCoupling", "data", "naming", "wiring", "layout"];
    private static readonly string[] HistoryKeys = ["window", "maxFilesPerCommit", "minRevisions", "minSharedRevisions", "minCouplingDegree"];

    /// <summary>
    /// One mapping section of modernize.yml: its defaults when it is absent or null, else each key given (checked against
    /// <paramref name="keys"/>) applied to them in order, <c>what</c> being the dotted key that errors name.
    /// </summary>
    private static T ReadSection<T>(YamlReadContext context, YamlNode node, string section, string[] keys, T defaults, Func<T, string, YamlNode, string, T> apply)
    {
        var result = defaults;
        if (YamlReadContext.IsNull(node))
        {
            return result;
        }

        foreach (var (key, (_, value)) in context.Mapping(node, section, keys))
        {
            result = apply(result, key, value, section + "." + key);
        }

        return result;
    }

    public static Thresholds ReadThresholds(YamlReadContext context, YamlNode node) =>
        ReadSection(context, node, "thresholds", ThresholdKeys, new Thresholds(), (result, key, value, what) => key switch
        {
            "classCoupling" => result with { ClassCoupling = context.Integer(value, what, 0, int.MaxValue) },
            "cyclomaticComplexity" => result with { CyclomaticComplexity = context.Integer(value, what, 0, int.MaxValue) },
            "distance" => result with { Distance = context.Number(value, what, 0, 1) },
            "godClassLines" => result with { GodClassLines = context.Integer(value, what, 1, int.MaxValue) },
            "godClassMethods" => result with { GodClassMethods = context.Integer(value, what, 1, int.MaxValue) },
            "godClassCoupling" => result with { GodClassCoupling = context.Integer(value, what, 0, int.MaxValue) },
            "godComponentTypes" => result with { GodComponentTypes = context.Integer(value, what, 1, int.MaxValue) },
            "godComponentLines" => result with { GodComponentLines = context.Integer(value, what, 1, int.MaxValue) },
            "hubDegree" => result with { HubDegree = context.Integer(value, what, 1, int.MaxValue) },
            "denseStructureDensity" => result with { DenseStructureDensity = context.Number(value, what, 0, 1) },
            _ => ReadCrossCellChangeRatio(context, value, result),
        });

    public static ProposalSettings ReadProposal(YamlReadContext context, YamlNode node) =>
        ReadSection(context, node, "proposal", ProposalKeys, new ProposalSettings(), (result, key, value, what) => key switch
        {
            "seed" => result with { Seed = context.Integer(value, what, int.MinValue, int.MaxValue) },
            "resolution" => result with { Resolution = context.Number(value, what, 0.01, 100) },
            "exclude" => result with { Exclude = context.Globs(value, what) },
            "maxCells" => result with { MaxCells = context.Integer(value, what, 1, 10_000) },
            "maxCellShare" => result with { MaxCellShare = context.Number(value, what, 0.01, 1) },
            "minCellSize" => result with { MinCellSize = context.Integer(value, what, 1, 10_000) },
            "modules" => result with { Modules = ReadModules(context, value) },
            "tissue" => result with { Tissue = ReadTissue(context, value) },
            "platform" => result with { Platform = ReadPlatform(context, value) },
            "resolutions" => result with { Resolutions = ReadResolutions(context, value, what) },
            "subCells" => result with { SubCells = ReadSubCells(context, value) },
            _ => ReadWeights(context, value, result),
        });

    public static HistorySettings ReadHistory(YamlReadContext context, YamlNode node) =>
        ReadSection(context, node, "history", HistoryKeys, new HistorySettings(), (result, key, value, what) => key switch
        {
            "window" => result with { WindowDays = context.Days(value, what) },
            "maxFilesPerCommit" => result with { MaxFilesPerCommit = context.Integer(value, what, 1, int.MaxValue) },
            "minRevisions" => result with { MinRevisions = context.Integer(value, what, 1, int.MaxValue) },
            "minSharedRevisions" => result with { MinSharedRevisions = context.Integer(value, what, 1, int.MaxValue) },
            _ => result with { MinCouplingDegree = context.Number(value, what, 0, 1) },
        });

    /// <summary><c>crossCellChangeRatio: 0.2</c> or <c>crossCellChangeRatio: { max: 0.2, window: 90d }</c>.</summary>
    private static Thresholds ReadCrossCellChangeRatio(YamlReadContext context, YamlNode value, Thresholds result)
    {
        const string what = "thresholds.crossCellChangeRatio";
        if (value is YamlScalarNode)
        {
            return result with { CrossCellChangeRatio = context.Number(value, what, 0, 1) };
        }

        var fields = context.Mapping(value, what, RatioKeys);
        if (!fields.TryGetValue("max", out var max))
        {
            throw context.Error(value, what + " needs 'max' (a share between 0 and 1)");
        }

        return result with
        {
            CrossCellChangeRatio = context.Number(max.Value, what + ".max", 0, 1),
            CrossCellChangeWindowDays = fields.TryGetValue("window", out var window) ? context.Days(window.Value, what + ".window") : result.CrossCellChangeWindowDays,
        };
    }

    private static ModuleGrainSettings ReadModules(YamlReadContext context, YamlNode node) =>
        ReadSection(context, node, "proposal.modules", ModuleKeys, new ModuleGrainSettings(), (result, key, value, what) => key switch
        {
            // Below half, a class reaching other modules more than its own would still count as its module's.
            "registrationOwnShare" => result with { RegistrationOwnShare = context.Number(value, what, 0.5, 1) },
            "kernelUserShare" => result with { KernelUserShare = context.Number(value, what, 0.01, 1) },
            "sliceMinDomainWords" => result with { SliceMinDomainWords = context.Integer(value, what, 1, 1_000) },
            "sliceDomainShare" => result with { SliceDomainShare = context.Number(value, what, 0, 1) },
            // At 0 any two cells one of which references the other would join, whatever their names.
            "sameDomainNounShare" => result with { SameDomainNounShare = context.Number(value, what, 0.01, 1) },
            _ => result with { KernelWords = ReadSegmentWords(context, value, what) },
        });

    private static TissueSettings ReadTissue(YamlReadContext context, YamlNode node) =>
        ReadSection(context, node, "proposal.tissue", TissueKeys, new TissueSettings(), (result, key, value, what) => key switch
        {
            "minDependents" => result with { MinDependents = context.Integer(value, what, 1, 10_000) },
            "minCellsSpanned" => result with { MinCellsSpanned = context.Integer(value, what, 1, 10_000) },
            "cellsSpannedShare" => result with { CellsSpannedShare = context.Number(value, what, 0, 1) },
            "minForeignInboundShare" => result with { MinForeignInboundShare = context.Number(value, what, 0, 1) },
            "minForeignInboundShareWithHint" => result with { MinForeignInboundShareWithHint = context.Number(value, what, 0, 1) },
            "maxDomainFanOutShare" => result with { MaxDomainFanOutShare = context.Number(value, what, 0, 1) },
            // At 0 every type with any inbound weight from its namespace's tissue would join it.
            "minPartInboundShare" => result with { MinPartInboundShare = context.Number(value, what, 0.01, 1) },
            "unitMinTypes" => result with { UnitMinTypes = context.Integer(value, what, 1, 10_000) },
            "unitMinDependents" => result with { UnitMinDependents = context.Integer(value, what, 1, 10_000) },
            "unitMinSelfContained" => result with { UnitMinSelfContained = context.Number(value, what, 0, 1) },
            "unitMinSelfContainedWithHint" => result with { UnitMinSelfContainedWithHint = context.Number(value, what, 0, 1) },
            "unitMaxDomainFanOutShare" => result with { UnitMaxDomainFanOutShare = context.Number(value, what, 0, 1) },
            "unitMaxDomainFanOutShareWithHint" => result with { UnitMaxDomainFanOutShareWithHint = context.Number(value, what, 0, 1) },
            "maxNamedUseShare" => result with { MaxNamedUseShare = context.Number(value, what, 0, 1) },
            "unitMaxNamedUseShareUnclustered" => result with { UnitMaxNamedUseShareUnclustered = context.Number(value, what, 0, 1) },
            _ => result with { UnitMaxNamedUseShare = context.Number(value, what, 0, 1) },
        });

    private static PlatformUnitSettings ReadPlatform(YamlReadContext context, YamlNode node) =>
        ReadSection(context, node, "proposal.platform", PlatformKeys, new PlatformUnitSettings(), (result, key, value, what) => key switch
        {
            "maxDomainFanOutShare" => result with { MaxDomainFanOutShare = context.Number(value, what, 0, 1) },
            "minTypes" => result with { MinTypes = context.Integer(value, what, 1, 10_000) },
            "minDependents" => result with { MinDependents = context.Integer(value, what, 1, 10_000) },
            "minCellsSpanned" => result with { MinCellsSpanned = context.Integer(value, what, 1, 10_000) },
            "cellsSpannedShare" => result with { CellsSpannedShare = context.Number(value, what, 0, 1) },
            // One namespace would make every single-namespace project's only namespace a platform candidate.
            "rootMinNamespaces" => result with { RootMinNamespaces = context.Integer(value, what, 2, 10_000) },
            _ => result with { Words = ReadSegmentWords(context, value, what) },
        });

    private static SubCellSettings ReadSubCells(YamlReadContext context, YamlNode node) =>
        ReadSection(context, node, "proposal.subCells", SubCellKeys, new SubCellSettings(), (result, key, value, what) => key switch
        {
            // One team-sized part is the cell itself.
            "minTeamsInCell" => result with { MinTeamsInCell = context.Integer(value, what, 2, 100) },
            "resolution" => result with { Resolution = context.Number(value, what, 0.01, 100) },
            "minModularity" => result with { MinModularity = context.Number(value, what, 0, 1) },
            "maxCrossingShare" => result with { MaxCrossingShare = context.Number(value, what, 0, 1) },
            // Fewer than two is no split.
            _ => result with { MaxSubCells = context.Integer(value, what, 2, 100) },
        });

    /// <summary>Ascending and distinct: a resolution's stability is measured against its neighbours in this order.</summary>
    private static List<double> ReadResolutions(YamlReadContext context, YamlNode node, string what)
    {
        var items = context.Sequence(node, what);
        if (items.Count is 0 or > 20)
        {
            throw context.Error(node, $"{what} must list 1 to 20 resolutions, not {items.Count}");
        }

        var values = items.Select(item => context.Number(item, "each entry of " + what, 0.01, 100)).ToList();
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] <= values[i - 1])
            {
                throw context.Error(items[i], $"{what} must be in ascending order without repeats");
            }
        }

        return values;
    }

    /// <summary>Each kernel or platform word is compared with one namespace segment, so a dotted or spaced entry could never match.</summary>
    private static IReadOnlyList<string> ReadSegmentWords(YamlReadContext context, YamlNode node, string what)
    {
        var words = context.Strings(node, what);
        var items = node is YamlSequenceNode sequence ? sequence.Children.ToList() : [node];
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                throw context.Error(items[Math.Min(i, items.Count - 1)], $"each entry of {what} must be one namespace segment (letters, digits, '_'), not '{words[i]}'");
            }
        }

        return words;
    }

    private static ProposalSettings ReadWeights(YamlReadContext context, YamlNode value, ProposalSettings result)
    {
        foreach (var (key, (_, weight)) in context.Mapping(value, "proposal.weights", WeightKeys))
        {
            var number = context.Number(weight, "proposal.weights." + key, 0, 100);
            result = key switch
            {
                "structure" => result with { StructureWeight = number },
                "changeCoupling" => result with { ChangeCouplingWeight = number },
                "naming" => result with { NamingWeight = number },
                "wiring" => result with { WiringWeight = number },
                "layout" => result with { LayoutWeight = number },
                _ => result with { DataWeight = number },
            };
        }

        return result;
    }
}
