using Mono.Cecil;

namespace HlsdExtract.Tests.Architecture;

/// <summary>
/// Which of the project's parts (<see cref="PartOf"/>) use which, read from the compiled assemblies: every type's base
/// type, interfaces, fields, properties, signatures, attributes, locals and the types, methods and fields its code names.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> edges = new(StringComparer.Ordinal);
    private readonly Func<string, string?> partOf;

    private NamespaceGraph(Func<string, string?> partOf) => this.partOf = partOf;

    public IReadOnlyCollection<string> Parts => edges.Keys;

    /// <summary>The parts <paramref name="from"/> uses, each with the types of <paramref name="from"/> that use it.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Uses(string from) => edges.TryGetValue(from, out var to) ? to : new SortedDictionary<string, SortedSet<string>>();

    public static NamespaceGraph Read(IEnumerable<string> assemblyPaths, Func<string, string?>? partOf = null)
    {
        var graph = new NamespaceGraph(partOf ?? PartOf);
        foreach (var path in assemblyPaths)
        {
            using var module = ModuleDefinition.ReadModule(path);
            foreach (var type in module.GetTypes())
            {
                if (graph.partOf(OuterNamespace(type)) is { } part)
                {
                    graph.edges.TryAdd(part, new(StringComparer.Ordinal));
                    foreach (var used in TypesUsedBy(type))
                    {
                        graph.Add(part, used, type.FullName);
                    }
                }
            }
        }

        return graph;
    }

    /// <summary>Every namespace of the project as its own part.</summary>
    public static string? WholeNamespace(string ns) => ns.StartsWith("HlsdExtract", StringComparison.Ordinal) ? ns : null;

    /// <summary>The cycles among the parts: each strongly connected set of two or more parts, its members sorted.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<string>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in Uses(v).Keys)
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (stack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var members = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    members.Add(w);
                }
                while (w != v);
                if (members.Count > 1)
                {
                    cycles.Add(string.Join(" <-> ", members.Order(StringComparer.Ordinal)));
                }
            }
        }

        foreach (var part in Parts.Where(p => !index.ContainsKey(p)).ToList())
        {
            Visit(part);
        }

        return cycles;
    }

    /// <summary>A graph from explicit edges (for testing the checks themselves).</summary>
    public static NamespaceGraph Of(params (string From, string To)[] pairs)
    {
        var graph = new NamespaceGraph(PartOf);
        foreach (var (from, to) in pairs)
        {
            graph.edges.TryAdd(from, new(StringComparer.Ordinal));
            graph.edges.TryAdd(to, new(StringComparer.Ordinal));
            graph.edges[from].TryAdd(to, []);
            graph.edges[from][to].Add(from + ".Type");
        }

        return graph;
    }

    /// <summary>
    /// The part a namespace belongs to: "HlsdExtract.Extract.Dates" is "Extract.Dates", every other namespace is its second
    /// segment ("HlsdExtract.Ingest.Html" is "Ingest"); null outside the project.
    /// </summary>
    public static string? PartOf(string ns)
    {
        var parts = ns.Split('.');
        if (parts.Length < 2 || parts[0] != "HlsdExtract")
        {
            return null;
        }

        return parts[1] == "Extract" && parts.Length > 2 ? "Extract." + parts[2] : parts[1];
    }

    private void Add(string part, TypeReference? used, string user)
    {
        if (used is null || partOf(OuterNamespace(used)) is not { } target || target == part)
        {
            return;
        }

        edges[part].TryAdd(target, new(StringComparer.Ordinal));
        edges[part][target].Add(user);
    }

    private static string OuterNamespace(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    generic.GenericArguments.ToList().ForEach(Add);
                    return;
                case TypeSpecification spec:
                    Add(spec.ElementType);
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }

        void AddMember(MemberReference member)
        {
            Add(member.DeclaringType);
            if (member is MethodReference method)
            {
                Add(method.ReturnType);
                method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
                (method as GenericInstanceMethod)?.GenericArguments.ToList().ForEach(Add);
            }
            else if (member is FieldReference field)
            {
                Add(field.FieldType);
            }
        }

        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        type.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));
        type.Fields.ToList().ForEach(f => Add(f.FieldType));
        type.Properties.ToList().ForEach(p => Add(p.PropertyType));
        type.Events.ToList().ForEach(e => Add(e.EventType));
        foreach (var method in type.Methods)
        {
            AddMember(method);
            method.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));
            if (!method.HasBody)
            {
                continue;
            }

            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MemberReference m:
                        AddMember(m);
                        break;
                }
            }
        }

        return found;
    }
}
