@_spi(Tooling) import SalesAdvisor

/// Completion of `NAME=VALUE` options (`--set complexity=high`, `--grid risk=low,high`, `--how
/// approach`, `--why-not approach=transactional`) in each shell: the names of the bundled
/// knowledge base, then after `=` the name's values, and after a comma more of them.
extension CompletionScripts {
    /// Each name with its values, in the knowledge base's order.
    static func table(_ kind: Assignments) -> [(name: String, values: [String])] {
        let kb = KnowledgeBase.bundled
        switch kind {
        case .answers:
            return kb.ruleBase.questions.map { ($0.name, kb.values(ofAttribute: $0.attribute)) }
        case .conclusions:
            let questions = Set(kb.ruleBase.questions.map(\.attribute))
            return kb.program.templates.enumerated().filter { $0.element.isAttribute && !questions.contains($0.offset) }
                .map { ($0.element.name, kb.values(ofAttribute: $0.offset)) }
        }
    }

    /// The kinds of assignment some option of some command completes.
    static var assignmentKinds: [Assignments] {
        var kinds: [Assignments] = []
        for c in Commands.all {
            for o in c.options {
                if case .assignment(let k) = o.completion, !kinds.contains(k) { kinds.append(k) }
            }
        }
        return kinds
    }

    // MARK: bash

    /// `_advisor_assign KIND WORD`, and per kind the names and each name's values. Bash breaks
    /// words at `=` (COMP_WORDBREAKS), so a value replaces what follows the `=`; a comma is no
    /// break, so the values already typed lead the reply.
    static func bashAssignments() -> String {
        var out = """
            _advisor_assign() {
                local kind="$1" word="$2"
                if [[ "$word" == *=* ]]; then
                    local name="${word%%=*}" typed="${word#*=}"
                    local last="${typed##*,}"
                    local lead="${typed%"$last"}"
                    [[ "$COMP_WORDBREAKS" == *=* ]] || lead="$name=$lead"
                    COMPREPLY=($(compgen -W "$(_advisor_values_$kind "$name")" -P "$lead" -- "$last"))
                else
                    compopt -o nospace 2>/dev/null
                    COMPREPLY=($(compgen -W "$(_advisor_names_$kind)" -S "=" -- "$word"))
                fi
            }

            """
        return out + shellTables()
    }

    /// Per kind, `_advisor_names_KIND` (the names) and `_advisor_values_KIND NAME` (its values),
    /// in a syntax bash and zsh both read.
    static func shellTables() -> String {
        var out = ""
        for kind in assignmentKinds {
            let rows = table(kind)
            out += "_advisor_names_\(kind.rawValue)() { echo \(quoted(rows.map(\.name).joined(separator: " "))); }\n"
            out += "_advisor_values_\(kind.rawValue)() {\n    case \"$1\" in\n"
            for row in rows where !row.values.isEmpty {
                out += "        \(quoted(row.name))) echo \(quoted(row.values.joined(separator: " "))) ;;\n"
            }
            out += "    esac\n}\n"
        }
        return out
    }

    // MARK: zsh

    static func zshAssignments() -> String {
        var out = """
            # _arguments puts its compadd options first; the kind is the last argument.
            _advisor_assign() {
                local kind=${argv[-1]}
                argv[-1]=()
                if compset -P '*='; then
                    local name=${${IPREFIX%=}##*=}
                    compset -P '*,'
                    compadd "$@" -- ${(s: :)$(_advisor_values_$kind $name)}
                else
                    compadd "$@" -S '=' -- ${(s: :)$(_advisor_names_$kind)}
                fi
            }

            """
        return out + shellTables()
    }

    // MARK: fish

    /// fish replaces the whole token, so each candidate is the token as it will read.
    static func fishAssignments() -> String {
        var out = """
            function __advisor_assign --argument-names kind
                set -l token (commandline -ct)
                if string match -q -- '*=*' $token
                    set -l parts (string split -m 1 = -- $token)
                    set -l lead (string replace -r -- '[^,]*$' '' $parts[2])
                    for value in (__advisor_values_$kind $parts[1])
                        echo "$parts[1]=$lead$value"
                    end
                else
                    for name in (__advisor_names_$kind)
                        echo "$name="
                    end
                end
            end

            """
        for kind in assignmentKinds {
            let rows = table(kind)
            out +=
                "function __advisor_names_\(kind.rawValue)\n    printf '%s\\n' \(rows.map { quoted($0.name) }.joined(separator: " "))\nend\n"
            out += "function __advisor_values_\(kind.rawValue)\n    switch $argv[1]\n"
            for row in rows where !row.values.isEmpty {
                out +=
                    "        case \(quoted(row.name))\n            printf '%s\\n' \(row.values.map(quoted).joined(separator: " "))\n"
            }
            out += "    end\nend\n"
        }
        return out
    }
}
