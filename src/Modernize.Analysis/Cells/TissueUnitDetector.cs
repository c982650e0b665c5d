using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>A project or namespace recognised as tissue as one unit, with the numbers behind it.</summary>
/// <param name="Unit">Project name or namespace.</param>
/// <param name="Members">Its types in scope.</param>
/// <param name="Dependents">Types outside the unit that depend on it.</param>
/// <param name="CellsSpanned">Candidate cells those dependents belong to.</param>
/// <param name="SelfContained">Share of its types whose candidate cell is mostly made of the unit's own types.</param>
/// <param name="DomainFanOutShare">Share of its outbound weight (inside and out) that goes to domain types outside it.</param>
public sealed record TissueUnit(string Unit, string Grain, IReadOnlyList<string> Members, int Dependents, int CellsSpanned, int CandidateCells, double SelfContained, double DomainFanOutShare, string? NameHint)
{
    /// <summary>What stood beside the use and fan-out tests.</summary>
    public TissueUnitBasis Basis { get; init; } = TissueUnitBasis.Clusters;

    /// <summary>The candidate cells its dependents had to span.</summary>
    public int CellsNeeded { get; init; }

    /// <summary>The clustering test's threshold (when <see cref="Basis"/> is <see cref="TissueUnitBasis.Clusters"/>).</summary>
    public double MinSelfContained { get; init; }

    /// <summary>The fan-out ceiling it was held to.</summary>
    public double MaxDomainFanOutShare { get; init; }

    /// <summary>Other projects whose composition roots use it (when <see cref="Basis"/> is <see cref="TissueUnitBasis.Hosting"/>).</summary>
    public int HostProjects { get; init; }

    /// <summary>Share of its use coming from types named after its types (<see cref="Signals.NamedUse"/>).</summary>
    public double NamedUseShare { get; init; }

    /// <summary>The ceiling <see cref="NamedUseShare"/> was held to.</summary>
    public double MaxNamedUseShare { get; init; }

    /// <summary>The ceiling <see cref="NamedUseShare"/> was held to in place of the clustering test (when <see cref="Basis"/> is <see cref="TissueUnitBasis.Anonymous"/>).</summary>
    public double MaxNamedUseShareUnclustered { get; init; }

    /// <summary>Entity types a shared data context maps (when <see cref="Basis"/> is <see cref="TissueUnitBasis.SharedData"/>).</summary>
    public int MappedEntities { get; init; }

    /// <summary>Each member's strongest evidence, in one line.</summary>
    public string Evidence() => Basis == TissueUnitBasis.SharedData
        ? Invariant($"tissue unit: {Grain.ToLowerInvariant()} {Unit} maps entities of {CellsSpanned} of {CandidateCells} candidate cells")
        : Invariant($"tissue unit: {Grain.ToLowerInvariant()} {Unit} is used by {CellsSpanned} of {CandidateCells} candidate cells and reaches {DomainFanOutShare * 100:0}% into domain code");

    /// <summary>The explanation: every test this kind of unit was held to, with its number and threshold.</summary>
    public string Sentence()
    {
        var kernelWord = Unit.Split('.')[^1];
        if (Basis == TissueUnitBasis.SharedData)
        {
            return Invariant(
                $"{Grain} {Unit} is tissue: its entity sets map {MappedEntities} entity types spread over {CellsSpanned} of {CandidateCells} candidate cells (at least {CellsNeeded} needed), one database the domains share; it was left out of cell detection so its sets could not glue them together, and each cell must own its tables before it parts (see shared data).");
        }

        if (Basis == TissueUnitBasis.Hosting)
        {
            return Invariant(
                $"{Grain} {Unit} is tissue as a whole: its {Members.Count} types are used by the composition roots of {HostProjects} other projects (at least {CellsNeeded} needed) and by {Dependents} other types, fewer than those roots: a library the hosts share, not a domain (the clustering test does not apply, composition roots being left out of cell detection); {DomainFanOutShare * 100:0}% of its outbound weight reaches domain code (at most {MaxDomainFanOutShare * 100:0}% allowed).");
        }

        var grouping = Basis switch
        {
            TissueUnitBasis.Clusters => Invariant($"{SelfContained * 100:0}% of its types sit in candidate cells of their own rather than inside a domain (at least {MinSelfContained * 100:0}% needed)"),
            TissueUnitBasis.KernelModule => Invariant($"as a folder of several projects named as a kernel ('{NameHint}'), it was not required to cluster with itself (the preliminary run pulls a kernel apart into the modules using it; {SelfContained * 100:0}% of its types sit in candidate cells of their own)"),
            TissueUnitBasis.KernelName => Invariant($"named as a shared kernel ('{kernelWord}'), it was not required to cluster with itself ({SelfContained * 100:0}% of its types sit in candidate cells of their own)"),
            TissueUnitBasis.Anonymous => Invariant($"its types do not cluster with each other ({SelfContained * 100:0}% sit in candidate cells of their own) but almost none of its users is named after them ({NamedUseShare * 100:0}%, at most {MaxNamedUseShareUnclustered * 100:0}% allowed): base types and abstractions every module uses, not a domain's model"),
            _ => NameHint is null
                ? "as the root namespace of a project spreading over several namespaces (its general-purpose code), it was judged by use and fan-out only, not by clustering"
                : Invariant($"as a platform namespace (its segment '{NameHint}' names a technical concern), it was judged by use and fan-out only, not by clustering"),
        };
        var notCounted = Basis == TissueUnitBasis.Platform ? "; weight into tissue and into the other platform namespaces standing is not domain" : string.Empty;
        // Platform namespaces carry technical names, so they are not held to the named-use test; an unclustered project's
        // sentence already gave its stricter one.
        var named = Basis is TissueUnitBasis.Platform or TissueUnitBasis.Anonymous ? string.Empty : Invariant($"; {NamedUseShare * 100:0}% of its use comes from types named after its types (at most {MaxNamedUseShare * 100:0}% allowed: more is a domain's own model)");
        var hint = NameHint is null || Basis is TissueUnitBasis.Platform or TissueUnitBasis.KernelModule ? string.Empty : $"; its name segment '{NameHint}' supports it";
        return Invariant(
            $"{Grain} {Unit} is tissue as a whole: {Members.Count} types used by {Dependents} types outside it spread over {CellsSpanned} of {CandidateCells} candidate cells (at least {CellsNeeded} needed); {grouping}; {DomainFanOutShare * 100:0}% of its outbound weight reaches domain code (at most {MaxDomainFanOutShare * 100:0}% allowed{notCounted}){named}{hint}.");
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}

/// <summary>
/// Tissue at the grain an architect uses: a whole project, or a namespace of a project holding several (Fitnet.Common in a
/// single-project monolith), is tissue when many candidate cells use it, it uses no cell, and its types cluster among
/// themselves rather than inside domains (a project of entities used across a layered application does not: each entity
/// sits with its domain). A project used mostly by the composition roots of several other projects (Aspire's ServiceDefaults,
/// a shared hosting library) is tissue by that use, since its users are hosts, left out of the candidate cells. Thresholds: <c>proposal.tissue</c> (<see cref="Model.Configuration.TissueSettings"/>), docs/cells.md.
/// </summary>
public static class TissueUnitDetector
{
    public const string ModuleGrain = "Module";
    public const string NamespaceGrain = "Namespace";
    public const string ProjectGrain = "Project";

    /// <param name="candidateCell">The preliminary community of each type in scope.</param>
    /// <param name="excluded">Types already classed (hosts): neither members nor dependents, though a project they use from several projects is a hosting library.</param>
    /// <param name="moduleKey">Per type, the module key of the layout signal (<see cref="Signals.LayoutSignal"/>), if any: a folder of several projects (BuildingBlocks) is tried as one unit first.</param>
    public static IReadOnlyList<TissueUnit> Detect(CellContext context, IReadOnlyDictionary<string, int> candidateCell, IReadOnlySet<string> excluded, IReadOnlyDictionary<string, string>? moduleKey = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidateCell);
        ArgumentNullException.ThrowIfNull(excluded);
        var settings = context.Config.Proposal.Tissue;
        var candidateCount = candidateCell.Values.Distinct().Count();
        var projectNames = context.ProjectNames;
        var cellSizes = candidateCell.GroupBy(x => x.Value).ToDictionary(g => g.Key, g => g.Count());
        var units = Units(context, excluded, moduleKey);
        // A namespace unit named as a kernel (proposal.modules.kernelWords) waives the clustering test, never the use and fan-out tests.
        var kernelWords = context.Config.Proposal.Modules.KernelWordSet();
        var inbound = context.Dependencies.ToLookup(d => d.To, StringComparer.Ordinal);
        var outbound = context.Dependencies.ToLookup(d => d.From, StringComparer.Ordinal);
        var found = new List<TissueUnit>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var inScope = context.Types.Count(t => !excluded.Contains(t.Id));
        var severalProjects = context.Types.Where(t => !excluded.Contains(t.Id)).Select(t => t.Project).Distinct(StringComparer.Ordinal).Skip(1).Any();
        foreach (var (grain, name, members) in units)
        {
            if (members.Count < settings.UnitMinTypes || members.Exists(t => taken.Contains(t.Id)))
            {
                continue;
            }

            // Tissue serves cells: a unit holding more types than all the code left beside it is the domain of a layered
            // application (BlogEngine.Core under a thin web project), not a kernel. Its namespaces are still tried below.
            // A folder of several projects named as a kernel is one by its author's word, however large it grew.
            if (members.Count > inScope - taken.Count - members.Count && !(grain == ModuleGrain && kernelWords.Contains(name.Split('.')[^1])))
            {
                continue;
            }

            var inside = members.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var incoming = members.SelectMany(t => inbound[t.Id]).Where(d => !inside.Contains(d.From) && !excluded.Contains(d.From)).ToList();
            var dependents = incoming.Select(d => d.From).Distinct(StringComparer.Ordinal).ToList();
            var spanned = dependents.Select(d => candidateCell[d]).Distinct().Count();
            // A member in a borrowed framework namespace (eShop's extension methods in Microsoft.Extensions.Hosting) names
            // no unit a kernel: every service module has one. A unit made only of such types (ILSpy's System.* polyfills)
            // is framework code itself and keeps their hint.
            var own = members.Where(t => !Naming.BorrowedNamespaces.IsBorrowed(t)).ToList();
            var hint = (own.Count > 0 ? own : members).Select(t => TissueDetector.NameHint(t, projectNames)).FirstOrDefault(h => h is not null);
            var needed = settings.CellsSpannedNeeded(candidateCount, hint is not null);
            var hostUsers = HostUsers(context, grain, members, inside, excluded, inbound);
            var servesHosts = hostUsers.Projects >= needed && hostUsers.Types > dependents.Count;
            var usedAcrossCells = dependents.Count >= settings.UnitMinDependents && spanned >= needed;
            if (!usedAcrossCells && !servesHosts)
            {
                continue;
            }

            var unitCells = members.GroupBy(t => candidateCell[t.Id]).ToDictionary(g => g.Key, g => g.Count());
            var selfContained = members.Count(t => unitCells[candidateCell[t.Id]] * 2 > cellSizes[candidateCell[t.Id]]) / (double)members.Count;
            var outgoing = members.SelectMany(t => outbound[t.Id]).Where(d => !excluded.Contains(d.To)).ToList();
            var total = outgoing.Sum(d => d.Strength);
            var domain = total <= 0 ? 0 : outgoing.Where(d => !inside.Contains(d.To) && !taken.Contains(d.To)).Sum(d => d.Strength) / total;
            var maxDomain = hint is null ? settings.UnitMaxDomainFanOutShare : settings.UnitMaxDomainFanOutShareWithHint;
            // A kernel's widely used types are pulled into the cells using them in the preliminary run, so a unit named as
            // one (SimplCommerce.Module.Core, Greenshot.Base) clusters a little less than a library nobody names so.
            var minSelfContained = hint is null ? settings.UnitMinSelfContained : settings.UnitMinSelfContainedWithHint;
            // A kernel folder of several projects named as one (BuildingBlocks) is pulled apart into the modules that use it
            // in the preliminary run, so its name, its users and its fan-out stand in for clustering with itself.
            // So is a namespace inside a project named as a kernel (Fitnet.Common in a one-project monolith): candidate cells are
            // drawn without layout edges, and its types join the modules using them; being named a kernel, used widely and
            // using no module stands in too. A project keeps the clustering test: its own compile boundary already lets it cluster.
            TissueUnitBasis? basis = !usedAcrossCells ? TissueUnitBasis.Hosting
                : selfContained >= minSelfContained ? TissueUnitBasis.Clusters
                : grain == ModuleGrain && hint is not null ? TissueUnitBasis.KernelModule
                : grain == NamespaceGrain && kernelWords.Contains(name.Split('.')[^1]) ? TissueUnitBasis.KernelName
                : servesHosts ? TissueUnitBasis.Hosting
                : null;
            // A unit used mostly by code named after its types is the model of the domain using it (a single-domain
            // solution's Core project, which every use case of its one entity reaches), not a kernel.
            var namedUse = Signals.NamedUse.Of(incoming, context.TypeById);
            // A project of base types and abstractions (Entity<T>, IRepository, IMessageBus) that every module uses is pulled
            // apart into those modules in the preliminary run, so it fails the clustering test; what tells it from a project of
            // entities (which also fails it) is that hardly any of its users is named after its types. Its users must sit in
            // several modules besides its own (layout keys, else projects): one module's application layer, used by that
            // module's other layers, is no kernel (modular-monolith-with-ddd's Registrations.Application on some seeds).
            if (basis is null && grain == ProjectGrain && namedUse <= settings.UnitMaxNamedUseShareUnclustered
                && OtherModulesUsing(members, dependents, moduleKey, context) >= settings.MinCellsSpanned)
            {
                basis = TissueUnitBasis.Anonymous;
            }

            // A namespace used only from inside its own project, where the solution has several, is that project's own
            // structure: booking's Flight.Seats, an aggregate used by the Flight module's data layer, handlers and gRPC service,
            // clusters and spans five candidate cells of that one module. Users in tissue already found do not count (a
            // pipeline behaviour wired to every request); a name as a kernel still waives it (Fitnet.Common).
            if (basis == TissueUnitBasis.Clusters && grain == NamespaceGrain && severalProjects
                && OtherModulesUsing(members, dependents.Where(d => !taken.Contains(d)).ToList(), moduleKey: null, context) == 0)
            {
                basis = null;
            }

            if (basis is { } passed && domain <= maxDomain && (passed == TissueUnitBasis.Hosting || namedUse <= settings.UnitMaxNamedUseShare))
            {
                found.Add(new TissueUnit(name, grain, members.Select(t => t.Id).ToList(), dependents.Count, spanned, candidateCount, selfContained, domain, hint)
                {
                    Basis = passed,
                    CellsNeeded = needed,
                    MinSelfContained = minSelfContained,
                    MaxDomainFanOutShare = maxDomain,
                    HostProjects = hostUsers.Projects,
                    NamedUseShare = namedUse,
                    MaxNamedUseShare = settings.UnitMaxNamedUseShare,
                    MaxNamedUseShareUnclustered = settings.UnitMaxNamedUseShareUnclustered,
                });
                taken.UnionWith(inside);
            }
        }

        return found;
    }

    /// <summary>The modules (layout keys, else projects) its dependents sit in, other than the unit's own.</summary>
    private static int OtherModulesUsing(List<TypeNode> members, List<string> dependents, IReadOnlyDictionary<string, string>? moduleKey, CellContext context)
    {
        string Home(string id) => moduleKey?.GetValueOrDefault(id) ?? context.TypeById[id].Project;
        var own = members.Select(t => Home(t.Id)).ToHashSet(StringComparer.Ordinal);
        return dependents.Select(Home).Where(h => !own.Contains(h)).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>Composition roots of other projects using a project unit: how many, and from how many projects.</summary>
    private static (int Types, int Projects) HostUsers(CellContext context, string grain, List<TypeNode> members, HashSet<string> inside, IReadOnlySet<string> hosts, ILookup<string, Dependency> inbound)
    {
        if (grain != ProjectGrain)
        {
            return (0, 0);
        }

        var own = members[0].Project;
        var users = members.SelectMany(t => inbound[t.Id]).Select(d => d.From).Where(f => !inside.Contains(f) && hosts.Contains(f) && context.TypeById[f].Project != own).Distinct(StringComparer.Ordinal).ToList();
        return (users.Count, users.Select(f => context.TypeById[f].Project).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Module keys spanning several projects first (largest grain: BuildingBlocks made of Application, Domain and
    /// Infrastructure projects), then projects, then namespaces one segment below each project's common namespace.
    /// </summary>
    private static List<(string Grain, string Name, List<TypeNode> Members)> Units(CellContext context, IReadOnlySet<string> excluded, IReadOnlyDictionary<string, string>? moduleKey)
    {
        var inScope = context.Types.Where(t => !excluded.Contains(t.Id)).ToList();
        var byProject = inScope.GroupBy(t => t.Project, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var units = new List<(string Grain, string Name, List<TypeNode> Members)>(KernelFolders(inScope, context.Config.Proposal.Modules.KernelWordSet()));
        if (moduleKey is not null)
        {
            var product = Signals.LayoutSignal.ProductWords(inScope);
            units.AddRange(inScope
                .Where(t => moduleKey.ContainsKey(t.Id))
                .GroupBy(t => moduleKey[t.Id], StringComparer.Ordinal)
                .Where(g => g.Select(t => t.Project).Distinct(StringComparer.Ordinal).Count() > 1 && !product.Contains(g.Key.Split('/')[0]))
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (ModuleGrain, ModuleName(g.Key, g.ToList()), g.ToList())));
        }

        units.AddRange(byProject.Select(g => (ProjectGrain, context.ProjectName(g.Key), g.ToList())));
        foreach (var project in byProject)
        {
            var common = CommonPrefix(project.Select(t => t.Namespace).ToList());
            var groups = project
                .Where(t => t.Namespace.Split('.').Length > common.Length)
                .GroupBy(t => string.Join('.', t.Namespace.Split('.').Take(common.Length + 1)), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (groups.Count >= 2)
            {
                units.AddRange(groups.Select(g => (NamespaceGrain, g.Key, g.ToList())));
            }
        }

        return units;
    }

    /// <summary>
    /// Folders named as a kernel (BuildingBlocks, Shared) that hold several projects, each tried as one unit before any
    /// other: the layout key may have settled on a finer grain (food-delivery-modular-monolith's key is the folders inside
    /// its fourteen BuildingBlocks.* projects, CQRS, Messaging, Caching), which split the kernel into pieces too small to be
    /// used across cells. The outermost such folder of a project counts; its own folder never does (one project).
    /// </summary>
    private static IEnumerable<(string Grain, string Name, List<TypeNode> Members)> KernelFolders(List<TypeNode> inScope, IReadOnlySet<string> kernelWords) =>
        inScope
            .Select(t => (Type: t, Folder: KernelFolder(t.Project, kernelWords)))
            .Where(x => x.Folder is not null)
            .GroupBy(x => x.Folder!, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Type.Project).Distinct(StringComparer.Ordinal).Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (ModuleGrain, KernelFolderName(g.Key.Split('/')[^1], g.Select(x => x.Type).ToList()), g.Select(x => x.Type).ToList()));

    /// <summary>The members' common namespace when it ends in the folder's name (Co.BuildingBlocks), else the folder's name.</summary>
    private static string KernelFolderName(string folder, List<TypeNode> members)
    {
        var common = CommonPrefix(members.Select(t => t.Namespace).ToList());
        return common.Length > 0 && string.Equals(common[^1], folder, StringComparison.OrdinalIgnoreCase) ? string.Join('.', common) : folder;
    }

    private static string? KernelFolder(string projectPath, IReadOnlySet<string> kernelWords)
    {
        // Folders above the project's own: none for App.csproj or App/App.csproj.
        var parts = projectPath.Replace('\\', '/').Split('/');
        var folders = parts.Length > 2 ? parts[..^2] : [];
        for (var i = 0; i < folders.Length; i++)
        {
            if (kernelWords.Contains(folders[i]))
            {
                return string.Join('/', folders[..(i + 1)]);
            }
        }

        return null;
    }

    /// <summary>
    /// A module unit is named after its members' common namespace when it ends in the key's words, else after the key as the
    /// members write it;
    /// a key from a tool's folder (App_Packages gives "package") names nothing, so its members' most common namespace does.
    /// </summary>
    private static string ModuleName(string key, List<TypeNode> members)
    {
        var common = string.Join('.', CommonPrefix(members.Select(t => t.Namespace).ToList()));
        if (Naming.ConventionalNames.IsConventionalKey(key.Split('/')[^1], members.Select(t => t.File)))
        {
            return members.GroupBy(t => t.Namespace, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        }

        return common.Length > 0 && Signals.DomainWords.Stem(common.Split('.')[^1]) == key.Split('/')[^1] ? common : Naming.WrittenForms.OfLayoutKey(key, members);
    }

    private static string[] CommonPrefix(List<string> namespaces) => SegmentPrefix.Of(namespaces.Select(ns => ns.Split('.')));
}
