using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Modernize.Analysis.Rules;
using Modernize.Loading.Input;
using Modernize.Loading.Repository;
using Modernize.Model.Configuration;
using Modernize.Scanning.Configuration;

namespace Modernize.Scanning.Pipeline;

/// <summary>
/// The facts about a scan that every use case needs and that cost a process or a tree walk: the resolved input, what git
/// says about it, the solution's identity, the effective settings and the input fingerprint. Made once per scan, so git is
/// asked once and the fingerprint is hashed once.
/// </summary>
public sealed class ScanContext
{
    /// <summary>The setting that records <see cref="InputFingerprint"/> in the scan's settings (docs/ci.md).</summary>
    public const string InputFingerprintSetting = "inputFingerprint";

    private ScanContext(ScanRequest request, ModernizeConfig config, ScanInput input, RepositoryInfo repository, SortedDictionary<string, string> settings, string fingerprint)
    {
        Request = request;
        Config = config;
        Input = input;
        Repository = repository;
        Identity = SolutionIdentity.Of(repository, input.Name);
        Settings = settings;
        InputFingerprint = fingerprint;
    }

    /// <summary>The setting that marks a result narrowed to the rules (<see cref="ForRules"/>); whole scans do not have it.</summary>
    public const string ScopeSetting = "scope";

    /// <summary>The version recorded with every scan; part of the input fingerprint.</summary>
    public static string ToolVersion { get; } =
        typeof(ScanContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public ScanRequest Request { get; }

    /// <summary>The effective configuration: modernize.yml (or the default) with the request's overrides.</summary>
    public ModernizeConfig Config { get; }

    public ScanInput Input { get; }

    /// <summary>What git says about the scanned path; in safe mode read from the .git folder as files, since no process may start.</summary>
    public RepositoryInfo Repository { get; }

    public string Identity { get; }

    /// <summary>The effective settings, recorded with the scan (the fingerprint included).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The scanned tree's fingerprint, salted with everything else that shapes the result: tool version, settings and the map.</summary>
    public string InputFingerprint { get; }

    /// <summary>True when the scan reads git history (never in safe mode).</summary>
    public bool ReadsHistory => ReadsHistoryFor(Request);

    /// <summary>
    /// This scan narrowed to what the rules of its configuration read (<see cref="ScanRequest.RulesOnly"/>, decision 62). Its
    /// settings say so (<see cref="ScopeSetting"/>) and its fingerprint is this one salted with the scope, so a narrowed result
    /// can never match a whole scan's fingerprint, whoever stores it. History is read only when a rule needs the autonomy figures.
    /// </summary>
    public ScanContext ForRules()
    {
        var history = Request.ReadHistory && RuleEngine.NeedsAutonomy(Config);
        var request = Request with { RulesOnly = true, ReadHistory = history };
        var settings = new SortedDictionary<string, string>(Settings.ToDictionary(), StringComparer.Ordinal)
        {
            [ScopeSetting] = "rules (check): no cell proposal unless a rule needs it, no KPIs",
        };
        if (!ReadsHistoryFor(request) && ReadsHistory)
        {
            settings["history"] = "off (no rule needs it)";
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(
            Encoding.UTF8.GetBytes(InputFingerprint + "\n" + string.Join("\n", settings.Where(s => s.Key is ScopeSetting or "history").Select(s => s.Key + "=" + s.Value)))));
        settings[InputFingerprintSetting] = fingerprint;
        return new ScanContext(request, Config, Input, Repository, settings, fingerprint);
    }

    /// <summary>Reads the configuration (a bad modernize.yml is bad input, reported before anything slow), resolves the input and reads git once.</summary>
    public static ScanContext Create(ScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var config = Configure(request);
        var input = InputResolver.Resolve(request.Path);
        var repository = request.Safe ? GitFolderReader.Read(request.Path) : RepositoryInfo.Read(request.Path);
        var settings = SettingsOf(request, config);
        var fingerprint = Fingerprint(input.Root, settings, config);
        settings[InputFingerprintSetting] = fingerprint;
        return new ScanContext(request, config, input, repository, settings, fingerprint);
    }

    /// <summary>The configuration a request asks for: an already loaded one, the <c>--map</c> file, modernize.yml beside the input, or the default.</summary>
    public static ModernizeConfig Configure(ScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var config = request.Config ?? ConfigLoader.FindAndLoad(request.Path, request.MapPath) ?? ModernizeConfig.Default;
        if (request.Seed is null && request.Resolution is null)
        {
            return config;
        }

        var proposal = config.Proposal;
        return config with
        {
            Proposal = proposal with { Seed = request.Seed ?? proposal.Seed, Resolution = request.Resolution ?? proposal.Resolution },
        };
    }

    private static SortedDictionary<string, string> SettingsOf(ScanRequest request, ModernizeConfig config) => new(StringComparer.Ordinal)
    {
        ["safe"] = request.Safe ? "true" : "false",
        ["includeGenerated"] = "false",
        ["path"] = request.Path,
        ["history"] = ReadsHistoryFor(request) ? $"{config.History.WindowDays}d" : request.Safe ? "off (safe mode)" : "off",
        ["map"] = config.SourceFile ?? "(none)",
        ["seed"] = config.Proposal.Seed.ToString(CultureInfo.InvariantCulture),
        ["resolution"] = config.Proposal.Resolution?.ToString(CultureInfo.InvariantCulture) ?? "auto",
    };

    private static string Fingerprint(string root, IReadOnlyDictionary<string, string> settings, ModernizeConfig config)
    {
        var map = config.SourceFile is not null && File.Exists(config.SourceFile) ? File.ReadAllText(config.SourceFile) : string.Empty;
        var salt = string.Join("\n", settings.Where(s => s.Key is not "path" and not "map" and not InputFingerprintSetting).Select(s => s.Key + "=" + s.Value))
            + "\n" + ToolVersion + "\n" + ScannerBuild + "\n" + InstalledSdks() + "\n" + map;
        return Loading.Input.InputFingerprint.Compute(root, salt);
    }

    /// <summary>
    /// The module version ids of the assemblies that make a scan's content: a rebuilt scanner (same version number, changed code)
    /// never reuses a scan an older build stored. Deterministic builds keep the ids of unchanged code.
    /// </summary>
    private static string ScannerBuild { get; } = string.Join(' ', new[]
    {
        typeof(ScanContext), typeof(Loading.SolutionLoader), typeof(Extraction.CodeGraphExtractor), typeof(Analysis.ArchitectureAnalyzer), typeof(Model.Scan.ScanDocument),
    }.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    /// <summary>The SDKs beside the dotnet in use: MSBuild loads with the newest (or the one global.json pins), so installing one can change a scan.</summary>
    private static string InstalledSdks()
    {
        var sdks = Loading.Environment.MsBuildEnvironment.SdksIn(Loading.Environment.MsBuildEnvironment.FindDotnetRootWithoutMsBuild());
        return "sdks " + string.Join(';', sdks);
    }

    private static bool ReadsHistoryFor(ScanRequest request) => request.ReadHistory && !request.Safe;
}
