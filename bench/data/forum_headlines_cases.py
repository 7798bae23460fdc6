# Short headline-style proposals (held out entirely; written after the rules of issue 9, never
# tuned on): one line each, mostly Russian, the way a group pastes bullet points. Pairs that
# say the same thing in other words, and look-alikes that differ by a name, a number or a "not".
# Generate: python bench/data/make_eval.py bench/data/forum_headlines_cases.py bench/data/forum_headlines.yaml

case("paraphrase",
  P("HL01a","ru","Грантовый портал","Единый портал для всех государственных грантов."),
  P("HL01b","ru","Один портал грантов","Все госгранты — на одном портале."))
case("paraphrase",
  P("HL02a","ru","Отчёт раз в год","Отчитываться о гранте раз в год, а не ежеквартально."),
  P("HL02b","ru","Ежегодный отчёт","Перейти с квартальной отчётности по грантам на годовую."))
case("spelling",
  P("HL03a","ru","Прямые эфиры","Прямые эфиры заседаний общественных советов."),
  P("HL03b","ru","Прямые эфиры","Прямые эфиры заседаний общественных советов!"))
case("paraphrase",
  P("HL04a","en","Online registration","Register NGOs online."),
  P("HL04b","en","Online registration","Online registration for NGOs."))
case("paraphrase",
  P("HL05a","ru","Налоговый вычет","Налоговый вычет за пожертвования НКО."),
  P("HL05b","ru","Вычет за пожертвования","Пожертвования некоммерческим организациям — вычитать из налога."))
case("paraphrase",
  P("HL06a","kk","Ауыл жастары","Ауыл жастарына арналған гранттар."),
  P("HL06b","kk","Ауылдағы жастар","Ауылдағы жастар үшін гранттар бөлу."))

case("trap-number",
  P("HL10a","ru","Срок гранта","Гранты НКО — на 2 года."),
  P("HL10b","ru","Срок гранта","Гранты НКО — на 3 года."))
case("trap-number",
  P("HL11a","ru","Квота","Квота 30% для женщин в общественных советах."),
  P("HL11b","ru","Квота","Квота 50% для женщин в общественных советах."))
case("trap-number",
  P("HL12a","en","Reply time","Ministries answer NGO letters within 15 days."),
  P("HL12b","en","Reply time","Ministries answer NGO letters within 30 days."))
case("trap-polarity",
  P("HL13a","ru","Проверки НКО","Проверять НКО без предупреждения."),
  P("HL13b","ru","Проверки НКО","Не проверять НКО без предупреждения."))
case("trap-polarity",
  P("HL14a","ru","Иностранные гранты","Разрешить НКО получать иностранные гранты."),
  P("HL14b","ru","Иностранные гранты","Запретить НКО получать иностранные гранты."))
case("trap-polarity",
  P("HL15a","en","Membership fees","Raise membership fees for public councils."),
  P("HL15b","en","Membership fees","Cut membership fees for public councils."))
case("trap-polarity",
  P("HL16a","kk","Тексеру","ҮЕҰ-ды жоспардан тыс тексеруге рұқсат беру."),
  P("HL16b","kk","Тексеру","ҮЕҰ-ды жоспардан тыс тексеруге тыйым салу."))

case("distinct",
  P("HL20a","ru","Центр в Астане","Открыть ресурсный центр НКО в Астане."),
  P("HL20b","ru","Центр в Шымкенте","Открыть ресурсный центр НКО в Шымкенте."))
case("distinct",
  P("HL21a","ru","Совет при Минюсте","Создать общественный совет при Министерстве юстиции."),
  P("HL21b","ru","Совет при Минздраве","Создать общественный совет при Министерстве здравоохранения."))
case("distinct",
  P("HL22a","en","Youth grants","More grants for youth NGOs."),
  P("HL22b","en","Elderly grants","More grants for NGOs of older people."))
case("distinct",
  P("HL23a","ru","Форум в Алматы","Провести форум НКО в Алматы."),
  P("HL23b","ru","Форум в Караганде","Провести форум НКО в Караганде."))
case("distinct",
  P("HL24a","kk","Кітапханалар","Ауыл кітапханаларына гранттар."),
  P("HL24b","kk","Мектептер","Ауыл мектептеріне гранттар."))
